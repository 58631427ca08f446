//! The "style and visual rules" section of step 6: brand colours, fonts, hashtag and emoji rules,
//! image ratios per platform, other notes, and the creation principles; the rules and the
//! principles fold to a line each on a phone.

use leptos::prelude::*;
use reactive_stores::{Field, Store};

use super::{ContentColours, ContentImageRatios, ContentPrinciples};
use crate::i18n::content::ContentText;
use crate::i18n::Key;
use crate::model::{ContentStoreFields, Plan, PlanStoreFields, StyleRulesStoreFields};
use crate::state::use_locale;
use crate::widgets::{Fold, TextField};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// The style section.
#[component]
pub fn ContentStyle(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let style = store.content().style();
    let fonts: Field<String> = style.fonts().into();
    let hashtags: Field<String> = style.hashtag_rules().into();
    let emoji: Field<String> = style.emoji_rules().into();
    let notes: Field<String> = style.notes().into();
    view! {
        <section class="step-section content-section content-style" aria-labelledby="content-style-heading" id="content-style" tabindex="-1">
            <h2 id="content-style-heading">{move || i18n.t(ct(ContentText::StyleHeading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(ContentText::StyleIntro))}</p>
            <ContentColours store=store/>
            <Fold class="content-fold" name=Signal::derive(move || i18n.t(ct(ContentText::StyleRulesFold)).to_string())>
                <div class="content-style__rules">
                    <TextField label=ct(ContentText::FontsLabel) value=fonts placeholder=ct(ContentText::FontsPlaceholder) multiline=true rows=2/>
                    <TextField label=ct(ContentText::HashtagLabel) value=hashtags placeholder=ct(ContentText::HashtagPlaceholder) multiline=true rows=2/>
                    <TextField label=ct(ContentText::EmojiLabel) value=emoji placeholder=ct(ContentText::EmojiPlaceholder) multiline=true rows=2/>
                </div>
                <ContentImageRatios store=store/>
                <TextField label=ct(ContentText::StyleNotesLabel) value=notes multiline=true rows=3/>
            </Fold>
            <Fold class="content-fold" name=Signal::derive(move || i18n.t(ct(ContentText::PrinciplesHeading)).to_string())>
                <ContentPrinciples/>
            </Fold>
        </section>
    }
}
