//! Coverage of step 6: two tables, themes × personas and themes × goals, with every gap marked in
//! words (a persona nobody writes for, a goal no theme supports, a theme that serves nobody), and
//! a one-line summary under each. A phone shows each table as a folded list of themes instead.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::content::{name_list, ContentText};
use crate::i18n::content_names::theme_label;
use crate::i18n::goals::goal_name;
use crate::i18n::personas::shown_name;
use crate::i18n::{labelled, Key, Locale};
use crate::model::content_mix::coverage;
use crate::model::{Id, Plan, Theme};
use crate::state::use_locale;
use crate::widgets::{starts_folded, Fold};

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// One table's worth of coverage: columns (a persona or a goal), and per theme which it ticks.
#[derive(Clone, Debug, PartialEq)]
struct Grid {
    columns: Vec<(Id, String)>,
    rows: Vec<(Id, String, Vec<bool>)>,
}

impl Grid {
    /// The grid of `matrix` (one row per theme, one column per entry of `columns`, as
    /// [`coverage`] computes it), with names for people to read.
    fn new(
        locale: Locale,
        themes: &[Theme],
        columns: Vec<(Id, String)>,
        matrix: Vec<Vec<bool>>,
    ) -> Grid {
        let rows = themes
            .iter()
            .zip(matrix)
            .map(|(t, ticks)| (t.id, theme_label(locale, t), ticks))
            .collect();
        Grid { columns, rows }
    }

    /// True when no theme ticks column `index`.
    fn column_empty(&self, index: usize) -> bool {
        !self.rows.iter().any(|(_, _, ticks)| ticks[index])
    }

    /// Names of the columns no theme ticks.
    fn empty_columns(&self) -> Vec<String> {
        (0..self.columns.len())
            .filter(|i| self.column_empty(*i))
            .map(|i| self.columns[i].1.clone())
            .collect()
    }
}

/// The words of one coverage table: its caption, the mark of a theme that serves none, and the
/// summary lines with and without gaps.
struct TableWords {
    caption: ContentText,
    row_gap: ContentText,
    summary_gap: ContentText,
    summary_ok: ContentText,
}

/// One coverage table with its caption and its summary line.
fn coverage_table(
    grid: Grid,
    words: TableWords,
    locale: Locale,
    kind: &'static str,
    open: RwSignal<bool>,
) -> impl IntoView {
    let text = move |k: ContentText| crate::i18n::t(locale, ct(k));
    let TableWords {
        caption,
        row_gap,
        summary_gap,
        summary_ok,
    } = words;
    let header = grid
        .columns
        .iter()
        .enumerate()
        .map(|(i, (_, name))| {
            let gap = grid.column_empty(i);
            view! {
                <th scope="col" class:content-gap-cell=gap data-gap=gap.to_string()>
                    {name.clone()}
                    {gap.then(|| view! { <span class="content-gap">{format!("⚠ {}", text(ContentText::CoverageNoTheme))}</span> })}
                </th>
            }
        })
        .collect_view();
    let body = grid
        .rows
        .iter()
        .map(|(id, name, ticks)| {
            let gap = !ticks.iter().any(|t| *t);
            let cells = ticks
                .iter()
                .map(|on| {
                    if *on {
                        view! { <td class="content-cell--yes"><span aria-hidden="true">"✓ "</span>{text(ContentText::CoverageYes)}</td> }.into_any()
                    } else {
                        view! { <td class="content-cell--no"><span aria-hidden="true">"– "</span>{text(ContentText::CoverageNo)}</td> }.into_any()
                    }
                })
                .collect_view();
            view! {
                <tr data-theme=id.to_string()>
                    <th scope="row" class:content-gap-cell=gap data-gap=gap.to_string()>
                        {name.clone()}
                        {gap.then(|| view! { <span class="content-gap">{format!("⚠ {}", text(row_gap))}</span> })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    // On a phone the table gives way to a list: each theme with what it serves and what not.
    let list = grid
        .rows
        .iter()
        .map(|(id, name, ticks)| {
            let gap = !ticks.iter().any(|t| *t);
            let names = |wanted: bool| {
                grid.columns
                    .iter()
                    .zip(ticks)
                    .filter(|(_, on)| **on == wanted)
                    .map(|((_, column), _)| column.clone())
                    .collect::<Vec<_>>()
            };
            let (yes, no) = (names(true), names(false));
            view! {
                <li class="content-coverage__entry" data-theme=id.to_string() data-gap=gap.to_string()>
                    <span class="content-coverage__theme">{name.clone()}</span>
                    {gap.then(|| view! { <span class="content-gap">{format!("⚠ {}", text(row_gap))}</span> })}
                    {(!yes.is_empty()).then(|| view! {
                        <span class="content-coverage__yes"><span aria-hidden="true">"✓ "</span>{labelled(locale, text(ContentText::CoverageYes), &name_list(locale, &yes))}</span>
                    })}
                    {(!no.is_empty()).then(|| view! {
                        <span class="content-coverage__no"><span aria-hidden="true">"– "</span>{labelled(locale, text(ContentText::CoverageNo), &name_list(locale, &no))}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    let missing = grid.empty_columns();
    let gaps = missing.len()
        + grid
            .rows
            .iter()
            .filter(|(_, _, ticks)| !ticks.iter().any(|t| *t))
            .count();
    let fact = if missing.is_empty() {
        text(summary_ok).to_string()
    } else {
        labelled(locale, text(summary_gap), &name_list(locale, &missing))
    };
    let summary = if missing.is_empty() {
        view! { <p class="content-coverage__summary content-coverage__summary--ok" data-gaps="0"><span aria-hidden="true">"✓ "</span>{text(summary_ok)}</p> }.into_any()
    } else {
        let count = missing.len().to_string();
        view! {
            <p class="content-coverage__summary content-coverage__summary--gap" data-gaps=count>
                <span aria-hidden="true">"⚠ "</span>
                {labelled(locale, text(summary_gap), &name_list(locale, &missing))}
            </p>
        }
        .into_any()
    };
    view! {
        <div class="content-table-scroll" tabindex="0" role="region" aria-label=text(caption) data-coverage=kind>
            <table class="content-table content-coverage__table">
                <caption>{text(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(ContentText::CoverageThemeColumn)}</th>
                        {header}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <div class="content-coverage__phone" data-coverage-list=kind>
            <Fold class="content-fold" name=text(caption).to_string() fact=fact issues=gaps state=open>
                <ul class="content-coverage__list">{list}</ul>
            </Fold>
        </div>
        {summary}
    }
}

/// The coverage section.
#[component]
pub fn ContentCoverage(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    // The lists a phone shows are drawn again on every edit; their folds keep their state here.
    let open_personas = RwSignal::new(!starts_folded());
    let open_goals = RwSignal::new(!starts_folded());
    let tables = move || {
        let locale = i18n.get();
        store.with(|plan| {
            let themes = &plan.content.themes;
            let covered = coverage(plan);
            if themes.is_empty() {
                return view! { <p class="field__hint">{crate::i18n::t(locale, ct(ContentText::CoverageNeedsThemes))}</p> }.into_any();
            }
            let unnamed = crate::i18n::t(locale, ct(ContentText::UnnamedPersona));
            let personas: Vec<(Id, String)> = plan
                .personas
                .iter()
                .map(|p| (p.id, shown_name(&p.name, unnamed)))
                .collect();
            let goals: Vec<(Id, String)> = plan
                .goals
                .iter()
                .map(|g| (g.id, goal_name(locale, g)))
                .collect();
            let persona_part = if personas.is_empty() {
                view! { <p class="field__hint">{crate::i18n::t(locale, ct(ContentText::CoverageNoPersonas))}</p> }.into_any()
            } else {
                coverage_table(
                    Grid::new(locale, themes, personas, covered.theme_personas),
                    TableWords {
                        caption: ContentText::CoveragePersonasCaption,
                        row_gap: ContentText::CoverageNoPersona,
                        summary_gap: ContentText::CoverageUncoveredPersonas,
                        summary_ok: ContentText::CoverageAllPersonas,
                    },
                    locale,
                    "personas",
                    open_personas,
                )
                .into_any()
            };
            let goal_part = if goals.is_empty() {
                view! { <p class="field__hint">{crate::i18n::t(locale, ct(ContentText::CoverageNoGoals))}</p> }.into_any()
            } else {
                coverage_table(
                    Grid::new(locale, themes, goals, covered.theme_goals),
                    TableWords {
                        caption: ContentText::CoverageGoalsCaption,
                        row_gap: ContentText::CoverageNoGoal,
                        summary_gap: ContentText::CoverageUnsupportedGoals,
                        summary_ok: ContentText::CoverageAllGoals,
                    },
                    locale,
                    "goals",
                    open_goals,
                )
                .into_any()
            };
            view! { {persona_part} {goal_part} }.into_any()
        })
    };
    view! {
        <section class="step-section content-section content-coverage" aria-labelledby="content-coverage-heading" id="content-coverage" tabindex="-1">
            <h2 id="content-coverage-heading">{move || i18n.t(ct(ContentText::CoverageHeading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(ContentText::CoverageIntro))}</p>
            {tables}
        </section>
    }
}
