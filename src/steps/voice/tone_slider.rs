//! One tone scale as an accessible slider: a native `<input type="range">` from 1 to 5 with both
//! end labels visible, the position described in words (visibly and as `aria-valuetext`, so a
//! screen reader says "Mostly serious, with the odd light touch" rather than "2"), and a line that
//! shows what the position sounds like.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::voice::{clamp_tone, ToneScale, VoiceText, TONE_MAX, TONE_MIN};
use crate::i18n::Key;
use crate::state::use_locale;
use crate::widgets::dom_id;

/// A slider for one tone scale.
#[component]
pub fn ToneSlider(
    /// Which scale (its label, end names and position texts).
    scale: ToneScale,
    /// The plan field it edits (1–5).
    #[prop(into)]
    value: Field<u8>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("tone");
    let ticks_id = format!("{id}-ticks");
    let (left, right) = scale.ends();
    let current = move || clamp_tone(value.try_get().unwrap_or(3));
    let description = move || i18n.t(Key::Voice(scale.description(current())));
    let example = move || i18n.t(Key::Voice(scale.example(current())));
    let on_input = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        if let Ok(v) = ev.target().value().parse::<u8>() {
            let v = clamp_tone(v);
            if value.try_get_untracked() != Some(v) {
                value.try_set(v);
            }
        }
    };
    view! {
        <div class="tone-slider" data-scale=format!("{scale:?}").to_lowercase()>
            <label for=id.clone() class="tone-slider__label">{move || i18n.t(Key::Voice(scale.label()))}</label>
            <input
                id=id
                type="range"
                class="tone-slider__input"
                min=TONE_MIN
                max=TONE_MAX
                step="1"
                list=ticks_id.clone()
                prop:value=move || current().to_string()
                aria-valuetext=description
                on:input:target=on_input
            />
            <datalist id=ticks_id>
                {(TONE_MIN..=TONE_MAX).map(|v| view! { <option value=v></option> }).collect_view()}
            </datalist>
            <div class="tone-slider__ends" aria-hidden="true">
                <span>{move || i18n.t(Key::Voice(left))}</span>
                <span>{move || i18n.t(Key::Voice(right))}</span>
            </div>
            <p class="tone-slider__description">{description}</p>
            <p class="tone-slider__example">
                <span class="tone-slider__example-label">{move || i18n.t(Key::Voice(VoiceText::SoundsLike))}</span>
                " "
                <q>{example}</q>
            </p>
        </div>
    }
}
