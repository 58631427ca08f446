//! Step editor: brand voice and personality (品牌声音与个性塑造).
//!
//! Six sections in the order a team agrees a voice: core values, personality traits, tone, words
//! (to use, to avoid, forbidden absolute claims), sample lines, and the voice check for drafts.
//! While nothing is written yet the step opens with why a voice matters and a worked example.
//!
//! Edits write the narrowest field of the plan's store; record ids come from the plan's
//! allocator. The step's checks ([`voice_findings`]) are shown under the fields they are about.
//! No storage or JSON here.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{ToneSlider, VoiceCheckPanel, VoiceSampleList, VoiceTraitList};
use crate::i18n::voice::{restored_count, ToneScale, VoiceText};
use crate::i18n::Key;
use crate::model::checks::{voice_findings, FieldRef, Finding, VoiceField};
use crate::model::example_voice::{example_voice, voice_is_untouched};
use crate::model::{
    Plan, PlanStoreFields, ToneStoreFields, VoiceStoreFields, STARTER_FORBIDDEN_CLAIMS,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::{
    add_unique, anchor_id, dom_id, offer_undo, ChipsField, EmptyState, TextField,
};

/// The voice step's editor.
#[component]
pub fn VoiceStep(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let voice = store.voice();
    // A fresh store has no keys yet: register them before the first keyed write.
    voice.traits().update_keys();
    voice.samples().update_keys();

    let untouched = Memo::new(move |_| voice.with(voice_is_untouched));
    // Nothing is "missing" before the user starts: the starting state says what to do instead.
    let findings = Memo::new(move |_| {
        if untouched.get() {
            Vec::new()
        } else {
            voice.with(voice_findings)
        }
    });
    let about = move |field: VoiceField| {
        Signal::derive(move || {
            findings.with(|all| {
                all.iter()
                    .filter(|f| f.target == FieldRef::Voice(field))
                    .cloned()
                    .collect::<Vec<Finding>>()
            })
        })
    };
    let findings = Signal::from(findings);

    let core_values_id = dom_id("voice-core-values");
    let focus_core_values = {
        let id = core_values_id.clone();
        Callback::new(move |_| focus_after_paint(id.clone(), Reveal::Nearest))
    };
    let fill_example = {
        let id = core_values_id.clone();
        Callback::new(move |_| {
            let locale = i18n.0.get_untracked();
            let before = voice.get_untracked();
            let example = example_voice(locale.uses_chinese_examples(), &mut || allocate_id(store));
            voice.set(example);
            voice.traits().update_keys();
            voice.samples().update_keys();
            let message = crate::i18n::t(locale, Key::Voice(VoiceText::ExampleFilled));
            offer_undo(message, move |store| store.voice().set(before.clone()));
            focus_after_paint(id.clone(), Reveal::Nearest);
        })
    };

    let restore_note = RwSignal::new(None::<String>);
    let restore_starter = move |_| {
        let missing: Vec<String> = voice.forbidden_claims().with_untracked(|list| {
            let mut probe = list.clone();
            add_unique(
                &mut probe,
                STARTER_FORBIDDEN_CLAIMS
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            );
            probe[list.len()..].to_vec()
        });
        let locale = i18n.0.get_untracked();
        let note = if missing.is_empty() {
            crate::i18n::t(locale, Key::Voice(VoiceText::StarterComplete)).to_string()
        } else {
            let n = missing.len();
            voice.forbidden_claims().update(|list| list.extend(missing));
            restored_count(locale, n)
        };
        restore_note.set(Some(note));
    };

    let heading = move |text: VoiceText| move || i18n.t(Key::Voice(text));
    let section_id = |field: VoiceField| anchor_id(FieldRef::Voice(field));
    let tone_field = move |scale: ToneScale| match scale {
        ToneScale::Funny => voice.tone().funny(),
        ToneScale::Casual => voice.tone().casual(),
        ToneScale::Irreverent => voice.tone().irreverent(),
        ToneScale::Enthusiastic => voice.tone().enthusiastic(),
    };

    view! {
        <div class="voice-step">
            <Show when=move || untouched.get()>
                <EmptyState
                    why=Key::Voice(VoiceText::EmptyWhy)
                    action=Key::Voice(VoiceText::EmptyAction)
                    on_action=focus_core_values
                    on_example=fill_example
                />
            </Show>

            <section class="voice-section" id=section_id(VoiceField::CoreValues) tabindex="-1" aria-labelledby="voice-values-heading">
                <h2 id="voice-values-heading" class="voice-section__heading">{heading(VoiceText::CoreValuesHeading)}</h2>
                <TextField
                    id=core_values_id.clone()
                    label=Key::Voice(VoiceText::CoreValuesLabel)
                    value=voice.core_values()
                    hint=Key::Voice(VoiceText::CoreValuesHint)
                    placeholder=Key::Voice(VoiceText::CoreValuesPlaceholder)
                    multiline=true
                    rows=3
                    findings=about(VoiceField::CoreValues)
                />
            </section>

            <section class="voice-section" id=section_id(VoiceField::Traits) tabindex="-1" aria-labelledby="voice-traits-heading">
                <h2 id="voice-traits-heading" class="voice-section__heading">{heading(VoiceText::TraitsHeading)}</h2>
                <p class="voice-section__intro">{heading(VoiceText::TraitsIntro)}</p>
                <VoiceTraitList store=store findings=findings/>
            </section>

            <section class="voice-section" id=section_id(VoiceField::Tone) tabindex="-1" aria-labelledby="voice-tone-heading">
                <h2 id="voice-tone-heading" class="voice-section__heading">{heading(VoiceText::ToneHeading)}</h2>
                <p class="voice-section__intro">{heading(VoiceText::ToneIntro)}</p>
                <div class="tone-sliders">
                    {ToneScale::ALL
                        .into_iter()
                        .map(|scale| view! { <ToneSlider scale=scale value=tone_field(scale)/> })
                        .collect_view()}
                </div>
            </section>

            <section class="voice-section" id=section_id(VoiceField::WordsToUse) tabindex="-1" aria-labelledby="voice-words-heading">
                <h2 id="voice-words-heading" class="voice-section__heading">{heading(VoiceText::WordsHeading)}</h2>
                <div class="voice-words">
                    <ChipsField
                        label=Key::Voice(VoiceText::WordsToUseLabel)
                        values=voice.words_to_use()
                        hint=Key::Voice(VoiceText::WordsToUseHint)
                        placeholder=Key::Voice(VoiceText::WordsToUsePlaceholder)
                        class="chips--use"
                        findings=about(VoiceField::WordsToUse)
                    />
                    <ChipsField
                        label=Key::Voice(VoiceText::WordsToAvoidLabel)
                        values=voice.words_to_avoid()
                        hint=Key::Voice(VoiceText::WordsToAvoidHint)
                        placeholder=Key::Voice(VoiceText::WordsToAvoidPlaceholder)
                        class="chips--avoid"
                        findings=about(VoiceField::WordsToAvoid)
                    />
                </div>
                <ChipsField
                    label=Key::Voice(VoiceText::ForbiddenLabel)
                    values=voice.forbidden_claims()
                    hint=Key::Voice(VoiceText::ForbiddenHint)
                    placeholder=Key::Voice(VoiceText::ForbiddenPlaceholder)
                    class="chips--claims"
                    findings=about(VoiceField::ForbiddenClaims)
                >
                    <div class="voice-restore">
                        <button type="button" class="button button--secondary" on:click=restore_starter>
                            {heading(VoiceText::RestoreStarter)}
                        </button>
                        <p class="voice-restore__note" role="status" aria-live="polite">
                            {move || restore_note.get()}
                        </p>
                    </div>
                </ChipsField>
            </section>

            <section class="voice-section" id=section_id(VoiceField::Samples) tabindex="-1" aria-labelledby="voice-samples-heading">
                <h2 id="voice-samples-heading" class="voice-section__heading">{heading(VoiceText::SamplesHeading)}</h2>
                <p class="voice-section__intro">{heading(VoiceText::SamplesIntro)}</p>
                <VoiceSampleList store=store findings=findings/>
            </section>

            <section class="voice-section voice-section--check" aria-labelledby="voice-check-heading">
                <h2 id="voice-check-heading" class="voice-section__heading">{heading(VoiceText::CheckHeading)}</h2>
                <VoiceCheckPanel avoid=voice.words_to_avoid() claims=voice.forbidden_claims()/>
            </section>
        </div>
    }
}
