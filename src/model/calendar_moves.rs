//! Pure edits of the content calendar that the views share: moving an item by days (and which
//! key does what), copying an item, creating one, ticking principles and recording sign-offs.
//!
//! No browser types here; "today" comes in as a parameter.

use chrono::{Days, NaiveDate};

use super::{CalendarItem, Id, Principle, SignOff, Status};

/// `date` moved by `days` (negative = earlier); unchanged when that leaves chrono's range.
pub fn shift_date(date: NaiveDate, days: i64) -> NaiveDate {
    let magnitude = Days::new(days.unsigned_abs());
    let moved = if days < 0 {
        date.checked_sub_days(magnitude)
    } else {
        date.checked_add_days(magnitude)
    };
    moved.unwrap_or(date)
}

/// How many days a keyboard move goes for `key` (the `KeyboardEvent.key` name) pressed with Alt:
/// a day left or right, a week up or down. Other keys do not move.
pub fn keyboard_move_days(key: &str, alt: bool) -> Option<i64> {
    if !alt {
        return None;
    }
    match key {
        "ArrowLeft" => Some(-1),
        "ArrowRight" => Some(1),
        "ArrowUp" => Some(-7),
        "ArrowDown" => Some(7),
        _ => None,
    }
}

/// Moves item `id` to `to`. Returns the date it had, or `None` when there is no such item.
pub fn move_item(items: &mut [CalendarItem], id: Id, to: NaiveDate) -> Option<NaiveDate> {
    let item = items.iter_mut().find(|item| item.id == id)?;
    let from = item.date;
    item.date = to;
    Some(from)
}

/// A new idea on `date` with id `id`, for `platform` when the plan has exactly one in mind.
pub fn new_item(id: Id, date: NaiveDate, platform: Option<Id>) -> CalendarItem {
    CalendarItem {
        id,
        date,
        platform,
        status: Status::Idea,
        ..CalendarItem::default()
    }
}

/// A copy of `item` under id `id` titled `title`: same plan, but back to an idea, since nobody
/// has approved the copy.
pub fn duplicate_item(item: &CalendarItem, id: Id, title: String) -> CalendarItem {
    CalendarItem {
        id,
        title,
        status: Status::Idea,
        sign_offs: Vec::new(),
        ..item.clone()
    }
}

/// Ticks `principle` on `item` when `on`, unticks it otherwise (keeping the method's order).
pub fn set_principle(item: &mut CalendarItem, principle: Principle, on: bool) {
    item.principles.retain(|p| *p != principle);
    if on {
        item.principles.push(principle);
        item.principles.sort_by_key(|p| {
            Principle::ALL
                .iter()
                .position(|q| q == p)
                .unwrap_or(usize::MAX)
        });
    }
}

/// The sign-off of approval step `step` on `item`, if one is recorded.
pub fn sign_off_of(item: &CalendarItem, step: Id) -> Option<&SignOff> {
    item.sign_offs.iter().find(|s| s.step == step)
}

/// Records who signed approval step `step` and when; a sign-off with neither is removed.
pub fn set_sign_off(item: &mut CalendarItem, step: Id, by: String, on: Option<NaiveDate>) {
    item.sign_offs.retain(|s| s.step != step);
    if !by.trim().is_empty() || on.is_some() {
        item.sign_offs.push(SignOff { step, by, on });
    }
}

/// Puts `item` back into the list in place of the stored item with its id, or adds it at the end.
pub fn upsert_item(items: &mut Vec<CalendarItem>, item: CalendarItem) {
    match items.iter_mut().find(|stored| stored.id == item.id) {
        Some(stored) => *stored = item,
        None => items.push(item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn shifting_crosses_months_and_years() {
        assert_eq!(shift_date(day(2026, 11, 30), 1), day(2026, 12, 1));
        assert_eq!(shift_date(day(2027, 1, 3), -7), day(2026, 12, 27));
        assert_eq!(shift_date(day(2028, 2, 28), 1), day(2028, 2, 29));
        assert_eq!(shift_date(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn only_alt_with_an_arrow_moves() {
        assert_eq!(keyboard_move_days("ArrowLeft", true), Some(-1));
        assert_eq!(keyboard_move_days("ArrowRight", true), Some(1));
        assert_eq!(keyboard_move_days("ArrowUp", true), Some(-7));
        assert_eq!(keyboard_move_days("ArrowDown", true), Some(7));
        assert_eq!(keyboard_move_days("ArrowDown", false), None);
        assert_eq!(keyboard_move_days("Enter", true), None);
    }

    #[test]
    fn moving_changes_only_the_named_item() {
        let mut items = vec![
            new_item(1, day(2026, 12, 1), None),
            new_item(2, day(2026, 12, 1), None),
        ];
        assert_eq!(
            move_item(&mut items, 2, day(2026, 12, 9)),
            Some(day(2026, 12, 1))
        );
        assert_eq!(items[0].date, day(2026, 12, 1));
        assert_eq!(items[1].date, day(2026, 12, 9));
        assert_eq!(move_item(&mut items, 7, day(2026, 12, 9)), None);
    }

    #[test]
    fn a_copy_starts_over_as_an_idea_without_sign_offs() {
        let mut item = new_item(1, day(2026, 12, 1), Some(4));
        item.status = Status::Approved;
        item.personas = vec![8];
        set_sign_off(&mut item, 30, "Li".into(), Some(day(2026, 11, 30)));
        let copy = duplicate_item(&item, 9, "Launch (copy)".into());
        assert_eq!(copy.id, 9);
        assert_eq!(copy.title, "Launch (copy)");
        assert_eq!(copy.status, Status::Idea);
        assert!(copy.sign_offs.is_empty());
        assert_eq!(copy.personas, vec![8]);
        assert_eq!(copy.platform, Some(4));
        assert_eq!(copy.date, item.date);
    }

    #[test]
    fn principles_keep_the_methods_order_and_no_duplicates() {
        let mut item = CalendarItem::default();
        set_principle(&mut item, Principle::Resonance, true);
        set_principle(&mut item, Principle::Value, true);
        set_principle(&mut item, Principle::Value, true);
        assert_eq!(
            item.principles,
            vec![Principle::Value, Principle::Resonance]
        );
        set_principle(&mut item, Principle::Value, false);
        assert_eq!(item.principles, vec![Principle::Resonance]);
    }

    #[test]
    fn a_sign_off_is_replaced_and_an_empty_one_removed() {
        let mut item = CalendarItem::default();
        set_sign_off(&mut item, 1, "Li".into(), None);
        set_sign_off(&mut item, 1, "Wang".into(), Some(day(2026, 12, 2)));
        assert_eq!(item.sign_offs.len(), 1);
        assert_eq!(sign_off_of(&item, 1).map(|s| s.by.as_str()), Some("Wang"));
        set_sign_off(&mut item, 1, "  ".into(), None);
        assert!(sign_off_of(&item, 1).is_none());
    }

    #[test]
    fn upsert_replaces_in_place_or_appends() {
        let mut items = vec![new_item(1, day(2026, 12, 1), None)];
        let mut edited = items[0].clone();
        edited.title = "Edited".into();
        upsert_item(&mut items, edited);
        upsert_item(&mut items, new_item(2, day(2026, 12, 2), None));
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].title, "Edited");
        assert_eq!(items[1].id, 2);
    }
}
