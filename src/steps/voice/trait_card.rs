//! One personality trait as a card: "We are X, but not Y" with a do line and a don't line, and
//! buttons to move it up or down and to delete it, each named with the trait. On a phone it
//! folds to its heading, its “but not” and its open checks.

use crate::web::focus::{focus_after_paint, Reveal};
use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::shared::SharedText;
use crate::i18n::voice::{named_action, trait_fallback_name, trait_heading, VoiceText};
use crate::i18n::Key;
use crate::model::checks::{findings_about, FieldRef, Finding, FindingKind};
use crate::model::{Id, VoiceTrait, VoiceTraitStoreFields};
use crate::state::use_locale;
use crate::widgets::{anchor_id, dom_id};
use crate::widgets::{Fold, TextField};

/// Where focus should land in a card after an action re-ordered or added it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardFocus {
    /// The first text field (after adding).
    FirstField,
    /// The "move up" button (after moving up; "move down" when it reached the top).
    MoveUp,
    /// The "move down" button (after moving down; "move up" when it reached the bottom).
    MoveDown,
}

/// A trait's card.
#[component]
pub fn VoiceTraitCard(
    /// The trait.
    #[prop(into)]
    row: Field<VoiceTrait>,
    /// Its id (the list's key).
    id: Id,
    /// Its place in the list: (1-based number, count).
    #[prop(into)]
    place: Signal<(usize, usize)>,
    /// The step's findings (the card shows those about this trait).
    #[prop(into)]
    findings: Signal<Vec<Finding>>,
    /// A pending focus request for a card, by trait id.
    focus: RwSignal<Option<(Id, CardFocus)>>,
    /// Moves the trait by -1 (up) or +1 (down).
    on_move: Callback<(Id, isize)>,
    /// Deletes the trait (the list offers undo).
    on_delete: Callback<Id>,
) -> impl IntoView {
    let i18n = use_locale();
    let base = dom_id("trait");
    let we_are_id = format!("{base}-we-are");
    let up_id = format!("{base}-up");
    let down_id = format!("{base}-down");
    let heading_id = format!("{base}-heading");
    let labelled_by = heading_id.clone();

    let we_are = move || row.try_get().map(|t| t.we_are).unwrap_or_default();
    let name = move || {
        let w = we_are();
        if w.trim().is_empty() {
            trait_fallback_name(i18n.get(), place.get().0)
        } else {
            w.trim().to_string()
        }
    };
    let heading = move || trait_heading(i18n.get(), place.get().0, &we_are());
    let is_first = move || place.get().0 <= 1;
    let is_last = move || {
        let (n, total) = place.get();
        n >= total
    };
    let label = move |action: Key| named_action(i18n.get(), i18n.t(action), &name());

    let of_kind = move |want: fn(&FindingKind) -> bool| {
        Signal::derive(move || {
            findings.with(|all| {
                all.iter()
                    .filter(|f| f.target == FieldRef::VoiceTrait(id) && want(&f.kind))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let we_are_findings = of_kind(|k| matches!(k, FindingKind::TraitWithoutWeAre));
    let not_findings = of_kind(|k| matches!(k, FindingKind::TraitWithoutButNot));

    {
        let (we_are_id, up_id, down_id) = (we_are_id.clone(), up_id.clone(), down_id.clone());
        Effect::new(move |_| {
            let Some((target, part)) = focus.get() else {
                return;
            };
            if target != id {
                return;
            }
            focus.set(None);
            let (first, last) = (is_first(), is_last());
            let element = match part {
                CardFocus::FirstField => we_are_id.clone(),
                CardFocus::MoveUp if first && !last => down_id.clone(),
                CardFocus::MoveUp if first => we_are_id.clone(),
                CardFocus::MoveUp => up_id.clone(),
                CardFocus::MoveDown if last && !first => up_id.clone(),
                CardFocus::MoveDown if last => we_are_id.clone(),
                CardFocus::MoveDown => down_id.clone(),
            };
            focus_after_paint(element, Reveal::Nearest);
        });
    }

    view! {
        <li class="voice-card-item">
        <Fold
            id=anchor_id(FieldRef::VoiceTrait(id))
            class="card voice-card voice-trait-card"
            attr:aria-labelledby=labelled_by
            name=Signal::derive(heading)
            fact=Signal::derive(move || row.try_get().map(|t| t.we_are_not.trim().to_string()).unwrap_or_default())
            issues=Signal::derive(move || findings.with(|all| findings_about(all, id)))
        >
            <div class="voice-card__head">
                <h3 id=heading_id class="voice-card__title">{heading}</h3>
                <div class="voice-card__tools">
                    <button
                        id=up_id
                        type="button"
                        class="button button--ghost voice-card__tool"
                        aria-label=move || label(Key::Shared(SharedText::MoveUp))
                        disabled=is_first
                        on:click=move |_| on_move.run((id, -1))
                    >
                        <span aria-hidden="true">"↑"</span>
                    </button>
                    <button
                        id=down_id
                        type="button"
                        class="button button--ghost voice-card__tool"
                        aria-label=move || label(Key::Shared(SharedText::MoveDown))
                        disabled=is_last
                        on:click=move |_| on_move.run((id, 1))
                    >
                        <span aria-hidden="true">"↓"</span>
                    </button>
                    <button
                        type="button"
                        class="button button--danger voice-card__tool voice-card__delete"
                        aria-label=move || label(Key::Voice(VoiceText::DeleteTrait))
                        on:click=move |_| on_delete.run(id)
                    >
                        <span aria-hidden="true">"×"</span>
                        <span class="voice-card__tool-text" aria-hidden="true">
                            {move || i18n.t(Key::Shared(SharedText::Delete))}
                        </span>
                    </button>
                </div>
            </div>
            <div class="voice-trait-card__pair">
                <TextField
                    id=we_are_id
                    label=Key::Voice(VoiceText::WeAreLabel)
                    value=row.we_are()
                    placeholder=Key::Voice(VoiceText::WeArePlaceholder)
                    findings=we_are_findings
                    class="voice-trait-card__we-are"
                />
                <TextField
                    label=Key::Voice(VoiceText::WeAreNotLabel)
                    value=row.we_are_not()
                    placeholder=Key::Voice(VoiceText::WeAreNotPlaceholder)
                    findings=not_findings
                    class="voice-trait-card__not"
                />
            </div>
            <div class="voice-trait-card__pair">
                <TextField
                    label=Key::Voice(VoiceText::DoLabel)
                    value=row.do_line()
                    placeholder=Key::Voice(VoiceText::DoPlaceholder)
                    multiline=true
                    rows=3
                    class="voice-trait-card__do"
                />
                <TextField
                    label=Key::Voice(VoiceText::DontLabel)
                    value=row.dont_line()
                    placeholder=Key::Voice(VoiceText::DontPlaceholder)
                    multiline=true
                    rows=3
                    class="voice-trait-card__dont"
                />
            </div>
        </Fold>
        </li>
    }
}
