//! The samples section: a keyed list of sample posts and replies to complaints, each checked
//! against the voice's words, with add (a post or a reply) and delete with undo.

use leptos::prelude::*;
use reactive_stores::Store;

use super::VoiceSampleCard;
use crate::i18n::voice::{named_action, sample_heading, VoiceText};
use crate::i18n::Key;
use crate::model::checks::{FieldRef, Finding, VoiceField};
use crate::model::{
    reinsert, take_by_id, Id, Plan, PlanStoreFields, SampleKind, SampleLine, VoiceStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::{dom_id, offer_undo, FieldFindings};

/// The list of sample lines.
#[component]
pub fn VoiceSampleList(
    /// The open plan.
    store: Store<Plan>,
    /// The step's findings (the list shows those about the samples as a whole).
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
) -> impl IntoView {
    let i18n = use_locale();
    let samples = store.voice().samples();
    let avoid = store.voice().words_to_avoid();
    let claims = store.voice().forbidden_claims();
    let base = dom_id("samples");
    let checks_id = format!("{base}-checks");
    let add_post_id = format!("{base}-add-post");
    // The card to focus once it is on the page.
    let focus = RwSignal::new(None::<Id>);

    let kinds = Memo::new(move |_| {
        samples.with(|list| list.iter().map(|s| (s.id, s.kind)).collect::<Vec<_>>())
    });
    let list_findings = Signal::derive(move || {
        findings.with(|all| {
            all.iter()
                .filter(|f| f.target == FieldRef::Voice(VoiceField::Samples))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    let add = move |kind: SampleKind| {
        let id = allocate_id(store);
        samples.write().push(SampleLine {
            id,
            kind,
            ..SampleLine::default()
        });
        focus.set(Some(id));
    };
    let on_delete = {
        let add_post_id = add_post_id.clone();
        Callback::new(move |id: Id| {
            let locale = i18n.0.get_untracked();
            let number = kinds.with_untracked(|all| number_of(all, id));
            let Some((index, item)) = samples.try_update(|list| take_by_id(list, id)).flatten()
            else {
                return;
            };
            let name = sample_heading(locale, item.kind == SampleKind::Post, number);
            let message = named_action(
                locale,
                crate::i18n::t(locale, Key::Voice(VoiceText::SampleDeleted)),
                &name,
            );
            offer_undo(message, move |store| {
                let restored = store
                    .voice()
                    .samples()
                    .try_update(|list| reinsert(list, index, item.clone()));
                if restored == Some(true) {
                    focus.try_set(Some(id));
                }
            });
            focus_after_paint(add_post_id.clone(), Reveal::Nearest);
        })
    };

    view! {
        <div class="voice-samples">
            <FieldFindings id=checks_id.clone() findings=list_findings/>
            <Show when=move || kinds.with(Vec::is_empty)>
                <p class="voice-samples__empty">{move || i18n.t(Key::Voice(VoiceText::SamplesEmpty))}</p>
            </Show>
            <ul
                class="voice-card-list voice-sample-list"
                aria-label=move || i18n.t(Key::Voice(VoiceText::SamplesListLabel))
                aria-describedby=checks_id
            >
                <For each=move || samples key=|row| row.key() let:row>
                    {
                        let id = row.key();
                        let number = Signal::derive(move || kinds.with(|all| number_of(all, id)));
                        let context_id = dom_id("sample-context");
                        {
                            let context_id = context_id.clone();
                            Effect::new(move |_| {
                                if focus.get() == Some(id) {
                                    focus.set(None);
                                    focus_after_paint(context_id.clone(), Reveal::Nearest);
                                }
                            });
                        }
                        view! {
                            <VoiceSampleCard
                                row=row
                                id=id
                                number=number
                                avoid=avoid
                                claims=claims
                                context_id=context_id
                                on_delete=on_delete
                            />
                        }
                    }
                </For>
            </ul>
            <div class="voice-samples__actions">
                <button id=add_post_id type="button" class="button button--primary" on:click=move |_| add(SampleKind::Post)>
                    <span aria-hidden="true">"+"</span>
                    {move || i18n.t(Key::Voice(VoiceText::AddPost))}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| add(SampleKind::ComplaintReply)>
                    <span aria-hidden="true">"+"</span>
                    {move || i18n.t(Key::Voice(VoiceText::AddReply))}
                </button>
            </div>
        </div>
    }
}

/// The 1-based number of sample `id` among the samples of its kind (0 when it is gone).
fn number_of(all: &[(Id, SampleKind)], id: Id) -> usize {
    let Some(kind) = all.iter().find(|(i, _)| *i == id).map(|(_, k)| *k) else {
        return 0;
    };
    all.iter()
        .filter(|(_, k)| *k == kind)
        .position(|(i, _)| *i == id)
        .map_or(0, |p| p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_numbered_within_their_kind() {
        let all = [
            (1, SampleKind::Post),
            (2, SampleKind::ComplaintReply),
            (3, SampleKind::Post),
        ];
        assert_eq!(number_of(&all, 1), 1);
        assert_eq!(number_of(&all, 2), 1);
        assert_eq!(number_of(&all, 3), 2);
        assert_eq!(number_of(&all, 9), 0);
    }
}
