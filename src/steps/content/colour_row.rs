//! One brand colour: its name, its hex code (checked as it is typed), a swatch, and how readable
//! white and black text are on it, with a sample. On a phone it folds to its name and code.

use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::content::{contrast_ratio_text, ContentText};
use crate::i18n::{labelled, Key, Locale};
use crate::model::colour::{contrast_ratio, contrast_verdict, parse_hex, ContrastVerdict, Rgb};
use crate::model::{BrandColour, BrandColourStoreFields};
use crate::state::use_locale;
use crate::widgets::{dom_id, Fold};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// The verdict's words and its short name for tests and styling.
fn verdict_words(verdict: ContrastVerdict) -> (ContentText, &'static str) {
    match verdict {
        ContrastVerdict::AaNormal => (ContentText::ContrastAa, "aa"),
        ContrastVerdict::AaLarge => (ContentText::ContrastAaLarge, "large"),
        ContrastVerdict::Fail => (ContentText::ContrastFails, "fail"),
    }
}

/// How readable `text` is on `background`: a sample, the ratio and the verdict.
fn contrast_line(
    locale: Locale,
    background: Rgb,
    text: Rgb,
    label: ContentText,
    which: &'static str,
) -> impl IntoView {
    let ratio = contrast_ratio(background, text);
    let (words, short) = verdict_words(contrast_verdict(ratio));
    let say = move |k| crate::i18n::t(locale, Key::Content(k));
    let sample = say(ContentText::ContrastSample);
    view! {
        <li class="content-contrast" data-text=which data-verdict=short>
            <span class="content-contrast__label">{say(label)}</span>
            // The sample is drawn from an attribute so that a failing pair, shown on purpose, is
            // not mistaken for text of the page that fails contrast.
            <span
                class="content-contrast__sample"
                role="img"
                aria-label=labelled(locale, say(ContentText::ContrastSample), &format!("{} / {}", text, background))
                data-sample=format!("{sample} Aa 字")
                style:background-color=background.to_hex()
                style:color=text.to_hex()
            ></span>
            <span class=format!("content-contrast__verdict content-contrast__verdict--{short}")>
                {format!("{} · ", contrast_ratio_text(ratio))}
                <span aria-hidden="true">{if short == "fail" { "✕ " } else if short == "large" { "! " } else { "✓ " }}</span>
                {say(words)}
            </span>
        </li>
    }
}

/// A brand colour's row.
#[component]
pub fn ContentColourRow(
    /// The colour row.
    #[prop(into)]
    row: Field<BrandColour>,
    /// Deletes this colour (with undo).
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = row.with_untracked(|c| c.id);
    let name = row.name();
    let hex = row.hex();
    let shown = Signal::derive(move || {
        let typed = name.try_get().unwrap_or_default();
        if typed.trim().is_empty() {
            i18n.t(ct(ContentText::ColourUnnamed)).to_string()
        } else {
            typed.trim().to_string()
        }
    });
    let name_id = format!("colour-{id}-name");
    let hex_id = dom_id("colour-hex");
    let hint_id = format!("{hex_id}-hint");
    let error_id = format!("{hex_id}-error");
    let parsed = Memo::new(move |_| hex.try_with(|h| parse_hex(h)).flatten());
    let typed_something = move || hex.try_with(|h| !h.trim().is_empty()).unwrap_or(false);
    let invalid = move || typed_something() && parsed.get().is_none();
    let swatch = move || parsed.get().map(Rgb::to_hex);
    let contrast = move || {
        parsed.get().map(|rgb| {
            let locale = i18n.get();
            view! {
                <ul class="content-colour__contrast" aria-live="polite">
                    {contrast_line(locale, rgb, Rgb::WHITE, ContentText::ContrastOnWhite, "white")}
                    {contrast_line(locale, rgb, Rgb::BLACK, ContentText::ContrastOnBlack, "black")}
                </ul>
            }
        })
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if invalid() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };

    view! {
        <Fold
            id=format!("colour-{id}")
            class="card content-colour"
            attr:data-valid=move || (!invalid()).to_string()
            name=shown
            fact=Signal::derive(move || hex.try_get().unwrap_or_default().trim().to_uppercase())
            issues=Signal::derive(move || usize::from(invalid()))
        >
            <div class="content-colour__fields">
                <div class="field">
                    <label for=name_id.clone()>{move || i18n.t(ct(ContentText::ColourNameLabel))}</label>
                    <input
                        id=name_id.clone()
                        type="text"
                        placeholder=move || i18n.t(ct(ContentText::ColourNamePlaceholder))
                        prop:value=move || name.try_get().unwrap_or_default()
                        on:input:target=move |ev| name.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for=hex_id.clone()>{move || i18n.t(ct(ContentText::ColourHexLabel))}</label>
                    <input
                        id=hex_id.clone()
                        type="text"
                        class="content-colour__hex"
                        placeholder="#1A5FB4"
                        spellcheck="false"
                        autocomplete="off"
                        aria-invalid=move || invalid().to_string()
                        aria-describedby=described
                        prop:value=move || hex.try_get().unwrap_or_default()
                        on:input:target=move |ev| hex.set(ev.target().value())
                    />
                    <p class="field__hint" id=hint_id>{move || i18n.t(ct(ContentText::ColourHexHint))}</p>
                    <p class="field-message field-message--error" id=error_id hidden=move || !invalid()>
                        <span aria-hidden="true">"✕ "</span>{move || i18n.t(ct(ContentText::ColourHexInvalid))}
                    </p>
                </div>
            </div>
            <div
                class="content-colour__swatch"
                class:content-colour__swatch--empty=move || swatch().is_none()
                role="img"
                aria-label=move || labelled(i18n.get(), i18n.t(ct(ContentText::ColourSwatch)), &swatch().unwrap_or_default())
                style:background-color=swatch
            ></div>
            {contrast}
            <button type="button" class="button button--ghost content-colour__delete" on:click=move |_| on_remove.run(())>
                {move || labelled(i18n.get(), i18n.t(ct(ContentText::DeleteColour)), &shown.get())}
            </button>
        </Fold>
    }
}
