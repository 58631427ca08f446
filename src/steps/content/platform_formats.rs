//! The formats and weekly cadence of one platform of the strategy. The plan keeps a
//! [`PlatformFormats`] record per platform, made the first time something is chosen for it. On a
//! phone it folds to the platform, its cadence and formats.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::content::{per_week, ContentText};
use crate::i18n::content_names::format_label;
use crate::i18n::{labelled, Key};
use crate::model::checks::{content_findings, findings_about};
use crate::model::{ContentStoreFields, Format, Id, Plan, PlanStoreFields, PlatformFormats};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::widgets::{dom_id, Fold};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// Changes the record of `platform`, making it first when there is none.
fn edit_platform(store: Store<Plan>, platform: Id, change: impl FnOnce(&mut PlatformFormats)) {
    let formats = store.content().formats();
    let known = formats.with_untracked(|list| list.iter().any(|f| f.platform == platform));
    if !known {
        let id = allocate_id(store);
        formats.write().push(PlatformFormats {
            id,
            platform,
            ..Default::default()
        });
    }
    let mut list = formats.write();
    if let Some(record) = list.iter_mut().find(|f| f.platform == platform) {
        change(record);
    }
}

/// Reads a weekly cadence: a whole number, or nothing.
pub fn parse_posts_per_week(text: &str) -> Option<u16> {
    text.trim().parse().ok()
}

/// One platform's formats and cadence.
#[component]
pub fn ContentPlatformFormats(
    /// The open plan.
    store: Store<Plan>,
    /// The platform's id.
    platform: Id,
    /// The platform's name, in the current language.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let i18n = use_locale();
    let content = store.content();
    let record = move |f: &dyn Fn(&PlatformFormats) -> bool| {
        content
            .formats()
            .with(|list| list.iter().find(|r| r.platform == platform).is_some_and(f))
    };
    let cadence = move || {
        content.formats().with(|list| {
            list.iter()
                .find(|r| r.platform == platform)
                .and_then(|r| r.posts_per_week)
        })
    };
    let cadence_id = dom_id("platform-cadence");
    let findings =
        Memo::new(move |_| store.with(|plan| findings_about(&content_findings(plan), platform)));
    let format_boxes = Format::ALL.map(|format| {
        let on = move || record(&|r| r.formats.contains(&format));
        view! {
            <label class="choice-chip" class:choice-chip--on=on>
                <input
                    type="checkbox"
                    data-format=format!("{format:?}")
                    prop:checked=on
                    on:change:target=move |ev| {
                        let checked = ev.target().checked();
                        edit_platform(store, platform, |r| {
                            r.formats.retain(|f| *f != format);
                            if checked {
                                r.formats.push(format);
                                r.formats.sort_by_key(|f| Format::ALL.iter().position(|x| x == f));
                            }
                        });
                    }
                />
                <span>{move || content.with(|c| format_label(i18n.get(), format, c))}</span>
            </label>
        }
    });

    view! {
        <Fold
            id=format!("content-platform-{platform}")
            class="card content-platform"
            attr:data-platform=platform.to_string()
            name=name
            fact=Signal::derive(move || {
                let locale = i18n.get();
                content.with(|c| {
                    let chosen = c.formats.iter().find(|r| r.platform == platform);
                    let mut parts = Vec::new();
                    if let Some(n) = chosen.and_then(|r| r.posts_per_week) {
                        parts.push(per_week(locale, u32::from(n)));
                    }
                    parts.extend(chosen.into_iter().flat_map(|r| r.formats.iter()).map(|f| format_label(locale, *f, c)));
                    parts.join(" · ")
                })
            })
            issues=Signal::derive(move || findings.get())
        >
        <fieldset class="content-platform__fields">
            <legend class="content-platform__name visually-hidden">{move || name.get()}</legend>
            <div class="field content-platform__cadence">
                <label for=cadence_id.clone()>
                    {move || i18n.t(ct(ContentText::PostsPerWeekLabel))}
                    <span class="visually-hidden">{move || format!(" · {}", name.get())}</span>
                </label>
                <input
                    id=cadence_id
                    type="number"
                    min="0"
                    max="200"
                    step="1"
                    inputmode="numeric"
                    prop:value=move || cadence().map(|n| n.to_string()).unwrap_or_default()
                    on:input:target=move |ev| {
                        let value = parse_posts_per_week(&ev.target().value());
                        edit_platform(store, platform, |r| r.posts_per_week = value);
                    }
                />
            </div>
            <div class="choice-chips" role="group" aria-label=move || labelled(i18n.get(), i18n.t(ct(ContentText::FormatsLabel)), &name.get())>
                {format_boxes}
            </div>
        </fieldset>
        </Fold>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_posts_per_week;

    #[test]
    fn cadences_are_whole_numbers() {
        assert_eq!(parse_posts_per_week(" 3 "), Some(3));
        assert_eq!(parse_posts_per_week(""), None);
        assert_eq!(parse_posts_per_week("2.5"), None);
        assert_eq!(parse_posts_per_week("-1"), None);
    }
}
