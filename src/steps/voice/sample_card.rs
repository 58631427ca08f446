//! One sample line as a card: a post or a reply to a complaint, what it answers or where it goes,
//! the text, and the voice check of that text right under it. On a phone it folds to its heading,
//! what it answers and how many words the check marks.

use leptos::prelude::*;
use reactive_stores::Field;

use super::{mark_class, mark_icon};
use crate::i18n::voice::{named_action, sample_heading, term_hit, VoiceText};
use crate::i18n::Key;
use crate::model::checks::FieldRef;
use crate::model::voice_check::VoiceChecker;
use crate::model::{Id, SampleKind, SampleLine, SampleLineStoreFields};
use crate::state::use_locale;
use crate::widgets::{anchor_id, dom_id};
use crate::widgets::{Fold, TextField};

/// A sample's card.
#[component]
pub fn VoiceSampleCard(
    /// The sample.
    #[prop(into)]
    row: Field<SampleLine>,
    /// Its id (the list's key).
    id: Id,
    /// Its number among the samples of its kind (1-based).
    #[prop(into)]
    number: Signal<usize>,
    /// The voice's words to avoid (the sample is checked against them).
    #[prop(into)]
    avoid: Field<Vec<String>>,
    /// The voice's forbidden claims.
    #[prop(into)]
    claims: Field<Vec<String>>,
    /// The id of the context field (the list moves focus there after adding).
    #[prop(into)]
    context_id: String,
    /// Deletes the sample (the list offers undo).
    on_delete: Callback<Id>,
) -> impl IntoView {
    let i18n = use_locale();
    let base = dom_id("sample");
    let heading_id = format!("{base}-heading");
    let labelled_by = heading_id.clone();
    let check_id = format!("{base}-check");
    let text_id = format!("{base}-text");
    let kind = move || row.try_get().map(|s| s.kind).unwrap_or_default();
    let is_post = move || kind() == SampleKind::Post;
    let heading = move || sample_heading(i18n.get(), is_post(), number.get());
    let report = Memo::new(move |_| {
        let text = row.try_get().map(|s| s.text).unwrap_or_default();
        let checker = avoid.with(|a| claims.with(|c| VoiceChecker::new(a, c)));
        (text.trim().is_empty(), checker.check(&text))
    });
    let check = move || {
        let (blank, report) = report.get();
        if blank {
            return ().into_any();
        }
        if report.is_clean() {
            return view! {
                <p class="voice-sample-check__ok">
                    <span class="voice-sample-check__icon" aria-hidden="true">"✓"</span>
                    {move || i18n.t(Key::Voice(VoiceText::SampleClean))}
                </p>
            }
            .into_any();
        }
        let locale = i18n.get();
        report
            .counts
            .into_iter()
            .map(|c| {
                let line = term_hit(locale, c.kind, &c.term, c.count);
                view! {
                    <p class=format!("voice-sample-check__hit {}", mark_class(c.kind))>
                        <span class="voice-mark__icon" aria-hidden="true">{mark_icon(c.kind)}</span>
                        {line}
                    </p>
                }
            })
            .collect_view()
            .into_any()
    };
    let kind_option = move |option: SampleKind, text: VoiceText| {
        view! {
            <button
                type="button"
                class="segmented__option"
                aria-pressed=move || (kind() == option).to_string()
                on:click=move |_| {
                    row.kind().try_set(option);
                }
            >
                {move || i18n.t(Key::Voice(text))}
            </button>
        }
    };
    let context_label = Signal::derive(move || {
        Key::Voice(if is_post() {
            VoiceText::ContextPostLabel
        } else {
            VoiceText::ContextReplyLabel
        })
    });
    let context_placeholder = Signal::derive(move || {
        Key::Voice(if is_post() {
            VoiceText::ContextPostPlaceholder
        } else {
            VoiceText::ContextReplyPlaceholder
        })
    });
    let text_label = Signal::derive(move || {
        Key::Voice(if is_post() {
            VoiceText::TextPostLabel
        } else {
            VoiceText::TextReplyLabel
        })
    });
    let kind_label_id = format!("{base}-kind");

    view! {
        <li class="voice-card-item">
        <Fold
            id=anchor_id(FieldRef::VoiceSample(id))
            class="card voice-card voice-sample-card"
            attr:aria-labelledby=labelled_by
            name=Signal::derive(heading)
            fact=Signal::derive(move || row.try_get().map(|s| s.context.trim().to_string()).unwrap_or_default())
            issues=Signal::derive(move || report.with(|(_, r)| r.counts.len()))
        >
            <div class="voice-card__head">
                <h3 id=heading_id class="voice-card__title">{heading}</h3>
                <div class="voice-card__tools">
                    <button
                        type="button"
                        class="button button--danger voice-card__tool voice-card__delete"
                        aria-label=move || named_action(i18n.get(), i18n.t(Key::Voice(VoiceText::DeleteSample)), &heading())
                        on:click=move |_| on_delete.run(id)
                    >
                        <span aria-hidden="true">"×"</span>
                        <span class="voice-card__tool-text" aria-hidden="true">
                            {move || i18n.t(Key::Shared(crate::i18n::shared::SharedText::Delete))}
                        </span>
                    </button>
                </div>
            </div>
            <div class="field voice-sample-card__kind">
                <span id=kind_label_id.clone() class="voice-field__label">{move || i18n.t(Key::Voice(VoiceText::KindLabel))}</span>
                <div class="segmented" role="group" aria-labelledby=kind_label_id>
                    {kind_option(SampleKind::Post, VoiceText::KindPost)}
                    {kind_option(SampleKind::ComplaintReply, VoiceText::KindReply)}
                </div>
            </div>
            <TextField id=context_id label=context_label value=row.context() placeholder=context_placeholder/>
            <TextField
                id=text_id
                label=text_label
                value=row.text()
                multiline=true
                rows=4
                described_by=check_id.clone()
            />
            <div id=check_id class="voice-sample-check">{check}</div>
        </Fold>
        </li>
    }
}
