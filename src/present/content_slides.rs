//! The content plan's slides: the theme mix (each theme with its target share as a bar drawn in
//! SVG, since the page allows no inline styles) and one month of the calendar as a grid.

use leptos::prelude::*;

use crate::i18n::calendar::{month_title, more_items, WEEKDAYS};
use crate::i18n::content_names::theme_label;
use crate::i18n::handbook::HandbookText as H;
use crate::i18n::present::{piece_text, RoomPieceText as P};
use crate::i18n::{t, Key, Locale};
use crate::model::calendar_math::{items_by_day, month_grid};
use crate::model::{Id, Plan};
use chrono::Datelike;

/// How many items a day of the month shows before “n more”.
const ITEMS_PER_DAY: usize = 2;

/// The theme mix's slide for the themes `ids`.
pub fn theme_mix_slide(plan: &Plan, ids: &[Id], l: Locale) -> AnyView {
    let rows = ids
        .iter()
        .filter_map(|id| plan.content.themes.iter().find(|x| x.id == *id))
        .map(|theme| {
            let share = theme.share.map(|s| s.min(100));
            let width = share.unwrap_or(0).to_string();
            let amount = share.map_or_else(|| piece_text(l, P::NoShare).to_string(), |s| format!("{s}%"));
            view! {
                <li class="slide-theme">
                    <span class="slide-theme__name">{theme_label(l, theme)}</span>
                    <svg class="slide-theme__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="slide-theme__track" width="100" height="10"/>
                        <rect class="slide-theme__fill" width=width height="10"/>
                    </svg>
                    <span class="slide-theme__share">{amount}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="slide-list slide-themes">{rows}</ul> }.into_any()
}

/// The slide of one month of the calendar.
pub fn month_slide(plan: &Plan, year: i32, month: u32, l: Locale) -> AnyView {
    let Some(grid) = month_grid(year, month) else {
        return ().into_any();
    };
    let (from, to) = grid.span();
    let by_day = items_by_day(&plan.content.calendar, from, to);
    let title_of = |id: &Id| {
        plan.content
            .calendar
            .iter()
            .find(|i| i.id == *id)
            .map(|i| {
                let title = i.title.trim();
                if title.is_empty() {
                    t(l, H::Untitled).to_string()
                } else {
                    title.to_string()
                }
            })
            .unwrap_or_default()
    };
    let head = WEEKDAYS
        .iter()
        .map(|d| view! { <th scope="col">{t(l, Key::Calendar(*d))}</th> })
        .collect::<Vec<_>>();
    let weeks = grid
        .weeks
        .iter()
        .map(|week| {
            let days = week
                .days
                .iter()
                .map(|day| {
                    let inside = grid.in_month(*day);
                    let ids = by_day.get(day).cloned().unwrap_or_default();
                    let more = ids.len().saturating_sub(ITEMS_PER_DAY);
                    let items = ids
                        .iter()
                        .take(ITEMS_PER_DAY)
                        .map(|id| view! { <li class="slide-month__item">{title_of(id)}</li> })
                        .collect::<Vec<_>>();
                    view! {
                        <td class="slide-month__day" class:slide-month__day--out=!inside>
                            <span class="slide-month__date">{day.day()}</span>
                            {(inside && !ids.is_empty()).then(|| view! {
                                <ul class="slide-month__items">{items}</ul>
                            })}
                            {(inside && more > 0).then(|| view! {
                                <span class="slide-month__more">{more_items(l, more)}</span>
                            })}
                        </td>
                    }
                })
                .collect::<Vec<_>>();
            view! { <tr>{days}</tr> }
        })
        .collect::<Vec<_>>();
    view! {
        <table class="slide-month">
            <caption class="visually-hidden">{month_title(l, year, month)}</caption>
            <thead><tr>{head}</tr></thead>
            <tbody>{weeks}</tbody>
        </table>
    }
    .into_any()
}
