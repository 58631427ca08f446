//! The mix report of step 6: what the calendar plans against the targets. Shares by theme
//! (planned against target), posts per platform per ISO week against the weekly cadence, and the
//! weeks with nothing planned. The range is the calendar's span, widened to include the coming
//! four weeks. The tables fold on a phone under one line.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::content::{per_week, week_label, ContentText};
use crate::i18n::content_names::theme_label;
use crate::i18n::strategy::platform_label;
use crate::i18n::{format_date, labelled, t, Key, Locale};
use crate::model::content_mix::{mix_report, Cadence, MixReport, PlatformMix, ThemeMix};
use crate::model::Plan;
use crate::state::use_locale;
use crate::widgets::Fold;

fn ct(k: ContentText) -> Key {
    Key::Content(k)
}

/// How far from its target a theme may be and still count as on target, in percentage points.
pub const ON_TARGET_POINTS: f64 = 5.0;

/// The range the report covers: the calendar's span and the four weeks from `today`.
pub fn report_range(plan: &Plan, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let coming = today.checked_add_days(Days::new(27)).unwrap_or(today);
    let first = plan.content.calendar.iter().map(|i| i.date).min();
    let last = plan.content.calendar.iter().map(|i| i.date).max();
    (
        first.map_or(today, |d| d.min(today)),
        last.map_or(coming, |d| d.max(coming)),
    )
}

/// The status word of a theme's planned share against its target.
fn theme_status(mix: &ThemeMix) -> (ContentText, bool) {
    match mix.gap() {
        None => (ContentText::MixNoTarget, true),
        Some(gap) if gap.abs() <= ON_TARGET_POINTS => (ContentText::MixOnTarget, true),
        Some(gap) if gap < 0.0 => (ContentText::MixBelow, false),
        Some(_) => (ContentText::MixAbove, false),
    }
}

fn theme_rows(plan: &Plan, report: &MixReport, locale: Locale) -> impl IntoView {
    let text = move |k| t(locale, ct(k));
    report
        .themes
        .iter()
        .map(|mix| {
            let name = plan
                .content
                .themes
                .iter()
                .find(|th| th.id == mix.theme)
                .map(|th| theme_label(locale, th))
                .unwrap_or_default();
            let (status, ok) = theme_status(mix);
            let target = mix.target.map_or("—".to_string(), |s| format!("{s}%"));
            view! {
                <tr data-theme=mix.theme.to_string()>
                    <th scope="row">{name}</th>
                    <td>{target}</td>
                    <td>{format!("{:.0}%", mix.percent)}</td>
                    <td>{mix.planned.to_string()}</td>
                    <td class:content-mix__status--on=ok class:content-mix__status--off=!ok data-status=format!("{status:?}")>
                        <span aria-hidden="true">{if ok { "✓ " } else { "! " }}</span>{text(status)}
                    </td>
                </tr>
            }
        })
        .collect_view()
}

fn week_cell(mix: &PlatformMix, index: usize, locale: Locale) -> impl IntoView {
    let week = &mix.weeks[index];
    let cadence = mix.cadence(week);
    let (word, ok) = match cadence {
        Cadence::Below => (Some(ContentText::MixBelow), false),
        Cadence::Above => (Some(ContentText::MixAbove), true),
        Cadence::OnTarget | Cadence::NoTarget => (None, true),
    };
    view! {
        <td class:content-mix__status--off=!ok data-cadence=format!("{cadence:?}")>
            {week.posts.to_string()}
            {word.map(|w| view! { <span class="content-gap">{format!("{} {}", if ok { "↑" } else { "↓" }, t(locale, ct(w)))}</span> })}
        </td>
    }
}

fn platform_rows(plan: &Plan, report: &MixReport, locale: Locale) -> impl IntoView {
    report
        .platforms
        .iter()
        .map(|mix| {
            let name = plan
                .strategy
                .platforms
                .iter()
                .find(|p| p.id == mix.platform)
                .map(|p| platform_label(locale, p))
                .unwrap_or_default();
            let cadence = mix
                .target
                .map_or("—".to_string(), |n| per_week(locale, u32::from(n)));
            let cells = (0..mix.weeks.len())
                .map(|i| week_cell(mix, i, locale))
                .collect_view();
            view! {
                <tr data-platform=mix.platform.to_string()>
                    <th scope="row">{name}</th>
                    <td>{cadence}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}

fn report_view(plan: &Plan, report: MixReport, locale: Locale) -> AnyView {
    let text = move |k| t(locale, ct(k));
    if report.total == 0 {
        return view! { <p class="field__hint content-mix__none">{text(ContentText::MixNoItems)}</p> }
            .into_any();
    }
    let weeks = report
        .platforms
        .first()
        .map(|p| p.weeks.clone())
        .unwrap_or_default();
    let week_heads = weeks
        .iter()
        .map(|w| view! { <th scope="col">{week_label(locale, w.iso_week)}<br/><span class="content-mix__monday">{format_date(locale, w.monday)}</span></th> })
        .collect_view();
    let empty = if report.empty_weeks.is_empty() {
        view! { <p class="content-coverage__summary content-coverage__summary--ok"><span aria-hidden="true">"✓ "</span>{text(ContentText::MixNoEmptyWeeks)}</p> }.into_any()
    } else {
        let list = report
            .empty_weeks
            .iter()
            .map(|d| view! { <li>{format_date(locale, *d)}</li> })
            .collect_view();
        view! {
            <div class="content-mix__empty-weeks" data-empty-weeks=report.empty_weeks.len().to_string()>
                <h3>{text(ContentText::MixEmptyWeeks)}</h3>
                <ul>{list}</ul>
            </div>
        }
        .into_any()
    };
    let unthemed = (report.unthemed > 0).then(|| {
        view! { <p class="field__hint">{labelled(locale, text(ContentText::MixUnthemed), &report.unthemed.to_string())}</p> }
    });
    view! {
        <div class="content-table-scroll" tabindex="0" role="region" aria-label=text(ContentText::MixThemesCaption)>
            <table class="content-table content-mix__themes">
                <caption>{text(ContentText::MixThemesCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(ContentText::MixThemeColumn)}</th>
                        <th scope="col">{text(ContentText::MixTargetColumn)}</th>
                        <th scope="col">{text(ContentText::MixPlannedColumn)}</th>
                        <th scope="col">{text(ContentText::MixItemsColumn)}</th>
                        <th scope="col"><span class="visually-hidden">{text(ContentText::MixOnTarget)}</span></th>
                    </tr>
                </thead>
                <tbody>{theme_rows(plan, &report, locale)}</tbody>
            </table>
        </div>
        {unthemed}
        <div class="content-table-scroll" tabindex="0" role="region" aria-label=text(ContentText::MixPlatformsCaption)>
            <table class="content-table content-mix__platforms">
                <caption>{text(ContentText::MixPlatformsCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(ContentText::MixPlatformColumn)}</th>
                        <th scope="col">{text(ContentText::MixCadenceColumn)}</th>
                        {week_heads}
                    </tr>
                </thead>
                <tbody>{platform_rows(plan, &report, locale)}</tbody>
            </table>
        </div>
        {empty}
    }
    .into_any()
}

/// The mix report section.
#[component]
pub fn ContentMixReport(
    /// The open plan.
    store: Store<Plan>,
) -> impl IntoView {
    let i18n = use_locale();
    let today = crate::web::browser::today();
    let body = move || {
        let locale = i18n.get();
        store.with(|plan| {
            let (from, to) = report_range(plan, today);
            report_view(plan, mix_report(plan, from, to), locale)
        })
    };
    view! {
        <section class="step-section content-section content-mix" aria-labelledby="content-mix-heading" id="content-mix" tabindex="-1">
            <h2 id="content-mix-heading">{move || i18n.t(ct(ContentText::MixHeading))}</h2>
            <p class="step-section__intro">{move || i18n.t(ct(ContentText::MixIntro))}</p>
            <Fold
                class="content-fold"
                name=Signal::derive(move || i18n.t(ct(ContentText::MixFoldLabel)).to_string())
            >
                {body}
            </Fold>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CalendarItem;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn the_range_covers_the_calendar_and_the_coming_four_weeks() {
        let today = date(2026, 12, 1);
        let mut plan = Plan::default();
        assert_eq!(report_range(&plan, today), (today, date(2026, 12, 28)));
        plan.content.calendar = vec![
            CalendarItem {
                date: date(2026, 11, 20),
                ..Default::default()
            },
            CalendarItem {
                date: date(2027, 2, 1),
                ..Default::default()
            },
        ];
        assert_eq!(
            report_range(&plan, today),
            (date(2026, 11, 20), date(2027, 2, 1))
        );
    }

    #[test]
    fn a_theme_within_five_points_of_its_target_is_on_target() {
        let mix = |percent, target| ThemeMix {
            theme: 1,
            planned: 1,
            percent,
            target,
        };
        assert_eq!(
            theme_status(&mix(27.0, Some(30))).0,
            ContentText::MixOnTarget
        );
        assert_eq!(theme_status(&mix(20.0, Some(30))).0, ContentText::MixBelow);
        assert_eq!(theme_status(&mix(40.0, Some(30))).0, ContentText::MixAbove);
        assert_eq!(theme_status(&mix(40.0, None)).0, ContentText::MixNoTarget);
    }
}
