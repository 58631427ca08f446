//! The themes section of step 6: the theme cards, the live total of their shares, and buttons to
//! add each of the handbook's five themes not yet in the plan, a custom theme, or all five at once.

use leptos::prelude::*;
use reactive_stores::Store;

use super::ContentThemeCard;
use crate::i18n::content::{share_status, ContentText};
use crate::i18n::content_names::{theme_kind_name, theme_label};
use crate::i18n::shared::SharedText;
use crate::i18n::{t, Key, Locale};
use crate::model::content_mix::share_total;
use crate::model::{
    reinsert, take_by_id, ContentStoreFields, Id, Plan, PlanStoreFields, Theme, ThemeKind,
    ThemeStoreFields,
};
use crate::state::allocate_id;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};
use crate::widgets::{offer_undo, EmptyState};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// The shares the "five themes" example starts from (they add up to 100).
const EXAMPLE_SHARES: [u8; 5] = [15, 25, 30, 15, 15];

/// Adds a theme of `kind` and moves focus to it.
fn add_theme(store: Store<Plan>, kind: ThemeKind) {
    let id = allocate_id(store);
    store.content().themes().write().push(Theme {
        id,
        kind,
        ..Default::default()
    });
    focus_after_paint(format!("theme-{id}"), Reveal::Nearest);
}

/// Adds every built-in theme not in the plan yet, with the example's shares when the plan had none,
/// and moves focus to the first one added (the button that asked for them is gone by then).
fn add_five(store: Store<Plan>) {
    let had_none = store.content().themes().with_untracked(|t| t.is_empty());
    let present: Vec<ThemeKind> = store
        .content()
        .themes()
        .with_untracked(|t| t.iter().map(|t| t.kind).collect());
    let mut first = None;
    for (kind, share) in ThemeKind::BUILT_IN.into_iter().zip(EXAMPLE_SHARES) {
        if present.contains(&kind) {
            continue;
        }
        let id = allocate_id(store);
        first.get_or_insert(id);
        store.content().themes().write().push(Theme {
            id,
            kind,
            share: had_none.then_some(share),
            ..Default::default()
        });
    }
    if let Some(id) = first {
        focus_after_paint(format!("theme-{id}"), Reveal::Nearest);
    }
}

/// Moves theme `id` by `step` places (−1 up, 1 down), keeping focus on it.
fn move_theme(store: Store<Plan>, id: Id, step: i32) {
    let themes = store.content().themes();
    let Some((from, len)) =
        themes.with_untracked(|t| t.iter().position(|t| t.id == id).map(|i| (i, t.len())))
    else {
        return;
    };
    let to = from as i64 + i64::from(step);
    if to < 0 || to >= len as i64 {
        return;
    }
    themes.write().swap(from, to as usize);
    focus_after_paint(format!("theme-{id}"), Reveal::Nearest);
}

/// Removes theme `id` and offers to undo it.
fn remove_theme(store: Store<Plan>, id: Id, locale: Locale) {
    let Some((index, theme)) = store
        .content()
        .themes()
        .try_update(|list| take_by_id(list, id))
        .flatten()
    else {
        return;
    };
    let message = format!(
        "{} {}",
        t(locale, Key::Shared(SharedText::Deleted)),
        theme_label(locale, &theme)
    );
    offer_undo(message, move |store| {
        store.content().themes().update(|list| {
            reinsert(list, index, theme.clone());
        });
    });
}

/// The themes section.
#[component]
pub fn ContentThemes(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let themes = store.content().themes();
    let has_themes = move || themes.with(|t| !t.is_empty());
    let total = Memo::new(move |_| store.content().with(share_total));
    let quick_add = move || {
        let present: Vec<ThemeKind> = themes.with(|t| t.iter().map(|t| t.kind).collect());
        ThemeKind::BUILT_IN
            .into_iter()
            .filter(|kind| !present.contains(kind))
            .map(|kind| {
                view! {
                    <button type="button" class="button button--secondary" on:click=move |_| add_theme(store, kind)>
                        "+ " {move || theme_kind_name(i18n.get(), kind)}
                    </button>
                }
            })
            .collect_view()
    };
    let all_built_in_present = move || {
        themes.with(|t| {
            ThemeKind::BUILT_IN
                .iter()
                .all(|kind| t.iter().any(|t| t.kind == *kind))
        })
    };

    view! {
        <section class="step-section content-section content-themes" aria-labelledby="content-themes-heading" id="content-themes" tabindex="-1">
            <h2 id="content-themes-heading">{move || i18n.t(ct(ContentText::ThemesHeading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(ContentText::ThemesIntro))}</p>
            <Show when=has_themes fallback=move || view! {
                <EmptyState
                    why=ct(ContentText::ThemesEmptyWhy)
                    action=ct(ContentText::QuickAddHeading)
                    on_action=Callback::new(move |_| add_theme(store, ThemeKind::Custom))
                    on_example=Callback::new(move |_| add_five(store))
                />
            }>
                ""
            </Show>
            <p
                class="content-shares"
                class:content-shares--complete=move || total.get() == 100
                class:content-shares--off=move || total.get() != 100
                role="status"
                aria-live="polite"
                data-total=move || total.get().to_string()
                hidden=move || !has_themes()
            >
                <span class="content-shares__icon" aria-hidden="true">{move || if total.get() == 100 { "✓" } else { "!" }}</span>
                {move || share_status(i18n.get(), total.get())}
            </p>
            <div class="content-theme-list">
                <For each=move || themes key=|row| row.id().get() let:row>
                    {
                        let id = row.id().get_untracked();
                        view! {
                            <ContentThemeCard
                                store=store
                                row=row
                                on_move=Callback::new(move |step| move_theme(store, id, step))
                                on_remove=Callback::new(move |_| remove_theme(store, id, i18n.0.get_untracked()))
                            />
                        }
                    }
                </For>
            </div>
            <div class="content-quick-add" role="group" aria-labelledby="content-quick-add-heading">
                <h3 id="content-quick-add-heading">{move || i18n.t(ct(ContentText::QuickAddHeading))}</h3>
                <div class="content-quick-add__buttons">
                    {quick_add}
                    <button type="button" class="button button--secondary" on:click=move |_| add_theme(store, ThemeKind::Custom)>
                        "+ " {move || i18n.t(ct(ContentText::AddCustomTheme))}
                    </button>
                    <Show when=move || has_themes() && !all_built_in_present()>
                        <button type="button" class="button button--ghost" on:click=move |_| add_five(store)>
                            {move || i18n.t(ct(ContentText::StartFromFive))}
                        </button>
                    </Show>
                </div>
            </div>
        </section>
    }
}
