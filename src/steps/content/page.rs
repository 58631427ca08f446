//! Step 6 · Content plan: the themes (content pillars) with their shares, who and what they cover,
//! the formats and cadence of each platform, the style rules and creation principles, a report of
//! the planned mix against the targets, and the calendar.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{ContentCoverage, ContentFormats, ContentMixReport, ContentStyle, ContentThemes};
use crate::i18n::content::ContentText;
use crate::i18n::Key;
use crate::model::Plan;
use crate::state::use_locale;
use crate::steps::content::calendar::CalendarSection;
use crate::widgets::Fold;

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// What to decide in this step, why, and a worked example.
#[component]
fn ContentGuide() -> impl IntoView {
    let i18n = use_locale();
    view! {
        <section class="content-guide" aria-labelledby="content-guide-heading">
            <h2 id="content-guide-heading">{move || i18n.t(ct(ContentText::GuideHeading))}</h2>
            <Fold class="content-fold" name=Signal::derive(move || i18n.t(ct(ContentText::GuideFold)).to_string())>
                <p>{move || i18n.t(ct(ContentText::GuideDecide))}</p>
                <p>{move || i18n.t(ct(ContentText::GuideWhy))}</p>
                <p class="content-guide__example">
                    <strong>{move || crate::i18n::labelled(i18n.get(), i18n.t(ct(ContentText::GuideExampleLabel)), "")}</strong>
                    {move || i18n.t(ct(ContentText::GuideExample))}
                </p>
            </Fold>
        </section>
    }
}

/// The content step's editor.
#[component]
pub fn ContentStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    view! {
        <div class="content-step">
            <ContentGuide/>
            <ContentThemes store=store/>
            <ContentCoverage store=store/>
            <ContentFormats store=store/>
            <ContentStyle store=store/>
            <ContentMixReport store=store/>
            <CalendarSection store=store/>
        </div>
    }
}
