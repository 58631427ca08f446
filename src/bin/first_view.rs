//! Prints the static first view that `index.html` carries: the app's frame and welcome view in
//! both languages, written from the app's own texts, so a newcomer reads the real page before any
//! WebAssembly has arrived. The build (`scripts/build.py`) puts it into the page; a script in the
//! page keeps the visitor's language and the app replaces it, element for element, when it starts.
//!
//! The markup mirrors `shell::AppHeader` and `shell::WelcomeView` (same elements, classes and
//! ids), so the hand-over moves nothing on screen; the end-to-end tests check that.

use social_playbook::i18n::examples::{example_summary, example_title};
use social_playbook::i18n::welcome::WelcomeText as W;
use social_playbook::i18n::workshop_page::FacilitatorText;
use social_playbook::i18n::{t, AppText, Key, Locale};
use social_playbook::model::examples::Example;

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn text(locale: Locale, key: impl Into<Key>) -> String {
    esc(t(locale, key))
}

const BRAND_MARK: &str = r##"<svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect x="3" y="4" width="26" height="24" rx="5" fill="currentColor"></rect><path d="M9 11h14M9 16h10M9 21h7" stroke="#fff" stroke-width="2.5" stroke-linecap="round"></path></svg>"##;

fn header(locale: Locale) -> String {
    let switch: String = Locale::ALL
        .iter()
        .map(|l| {
            format!(
                r##"<button type="button" class="segmented__option" lang="{}" aria-pressed="{}" data-boot-lang="{}">{}</button>"##,
                l.tag(),
                *l == locale,
                l.tag(),
                l.endonym()
            )
        })
        .collect();
    format!(
        r##"<header class="app-header"><a class="brand" href="#/strategy">{BRAND_MARK}<span class="brand-name">{name}</span></a><div class="header-tools"><button type="button" class="toggle-button" aria-pressed="false" disabled><span aria-hidden="true" class="toggle-button__icon">A+</span><span class="toggle-button__text">{large}</span></button><div class="segmented language-switch" role="group" aria-label="{lang}">{switch}</div></div></header>"##,
        name = text(locale, AppText::AppName),
        large = text(locale, AppText::LargeText),
        lang = text(locale, AppText::LanguageLabel),
    )
}

fn examples(locale: Locale) -> String {
    let cards: String = Example::ALL
        .iter()
        .map(|example| {
            let id = format!("welcome-example-{example:?}").to_lowercase();
            let title = text(locale, example_title(*example));
            format!(
                r##"<li class="example-card" aria-labelledby="{id}"><h3 id="{id}" class="example-card__title">{title}</h3><p class="example-card__summary">{summary}</p><button type="button" class="button button--primary" data-boot-example="{key}">{open}<span class="visually-hidden">: {title}</span></button></li>"##,
                summary = text(locale, example_summary(*example)),
                key = format!("{example:?}").to_lowercase(),
                open = text(locale, AppText::ExampleOpen),
            )
        })
        .collect();
    format!(r##"<ul class="example-cards">{cards}</ul>"##)
}

fn welcome(locale: Locale) -> String {
    let w = |key: W| text(locale, key);
    format!(
        r##"<main id="main" class="welcome" tabindex="-1"><header class="welcome__header"><h1 id="welcome-title" tabindex="-1">{name}</h1><p class="welcome__lead">{lead}</p></header><h2 class="visually-hidden">{ways}</h2><div class="welcome__ways"><section class="card welcome-way" aria-labelledby="welcome-blank-title"><h3 id="welcome-blank-title">{blank}</h3><p>{blank_intro}</p><form class="welcome-way__form" data-boot-form="blank"><div class="field"><label for="welcome-name">{blank_name}</label><input id="welcome-name" type="text" autocomplete="off" placeholder="{blank_placeholder}"></div><div class="field"><label for="welcome-organisation">{blank_org}</label><input id="welcome-organisation" type="text" autocomplete="organization"></div><button type="submit" class="button button--primary">{blank_start}</button></form></section><section class="card welcome-way" aria-labelledby="welcome-example-title"><h3 id="welcome-example-title">{example}</h3><p>{example_intro}</p>{examples}</section><section class="card welcome-way" aria-labelledby="welcome-file-title"><h3 id="welcome-file-title">{file}</h3><p>{file_intro}</p><div class="drop-zone boot-inert" aria-busy="true"><span class="button button--secondary file-button" aria-disabled="true">{choose}</span><span class="drop-zone__hint">{drop}</span></div><div class="field boot-inert"><label for="welcome-import-paste">{paste}</label><textarea id="welcome-import-paste" rows="4" spellcheck="false" disabled></textarea><button type="button" class="button button--secondary" disabled>{check}</button></div><div class="import-result" aria-live="polite"></div></section></div><p class="welcome__data">{data} <a href="#/data">{data_link}</a></p><p class="welcome__workshop"><a href="#/workshop">{workshop}</a></p></main>"##,
        name = text(locale, AppText::AppName),
        lead = w(W::Lead),
        ways = w(W::WaysHeading),
        blank = w(W::BlankHeading),
        blank_intro = w(W::BlankIntro),
        blank_name = w(W::BlankName),
        blank_placeholder = w(W::BlankNamePlaceholder),
        blank_org = w(W::BlankOrganisation),
        blank_start = w(W::BlankStart),
        example = w(W::ExampleHeading),
        example_intro = w(W::ExampleIntro),
        examples = examples(locale),
        file = w(W::FileHeading),
        file_intro = w(W::FileIntro),
        choose = text(locale, AppText::ImportChooseFile),
        drop = text(locale, AppText::ImportDropHere),
        paste = text(locale, AppText::ImportPasteLabel),
        check = text(locale, AppText::ImportCheck),
        data = w(W::DataLine),
        data_link = w(W::DataLink),
        workshop = text(locale, FacilitatorText::EntryLink),
    )
}

fn first_view(locale: Locale) -> String {
    format!(
        r##"<div class="first-view" lang="{tag}">{header}<div class="first-view__welcome">{welcome}</div><p class="first-view__opening" role="status">{opening}</p><p class="first-view__unsupported" role="alert">{unsupported}</p><div class="first-view__failed" role="alert"><p>{failed}</p><button type="button" class="button button--primary" data-boot-retry="">{retry}</button></div></div>"##,
        tag = locale.tag(),
        header = header(locale),
        welcome = welcome(locale),
        opening = text(locale, AppText::BootOpening),
        unsupported = text(locale, AppText::BootUnsupported),
        failed = text(locale, AppText::BootFailed),
        retry = text(locale, AppText::BootRetry),
    )
}

fn main() {
    let views: String = Locale::ALL.iter().map(|l| first_view(*l)).collect();
    println!("{views}");
}
