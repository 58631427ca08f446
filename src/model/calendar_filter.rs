//! Narrowing the content calendar by platform, theme, status, persona and goal.
//!
//! Pure: no leptos, web-sys or wasm-bindgen.
//!
//! # Rules
//! - Every criterion left at `None` lets every item through; the criteria that are set must all
//!   hold (AND).
//! - Persona matches when the item is written for that persona (one of several is enough).
//! - An item that points at nothing for a criterion (no platform, no theme…) never matches a set
//!   criterion of that kind.

use super::{CalendarItem, Id, Status};

/// What the calendar list shows; the default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarFilter {
    /// A [`super::Platform`] id.
    pub platform: Option<Id>,
    /// A [`super::Theme`] id.
    pub theme: Option<Id>,
    pub status: Option<Status>,
    /// A [`super::Persona`] id.
    pub persona: Option<Id>,
    /// A [`super::Goal`] id.
    pub goal: Option<Id>,
}

impl CalendarFilter {
    /// True when no criterion is set (the calendar is unfiltered).
    pub fn is_empty(&self) -> bool {
        *self == CalendarFilter::default()
    }

    /// How many criteria are set (for a "3 filters" badge).
    pub fn active_count(&self) -> usize {
        [
            self.platform.is_some(),
            self.theme.is_some(),
            self.status.is_some(),
            self.persona.is_some(),
            self.goal.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// True when `item` passes every criterion that is set.
    pub fn matches(&self, item: &CalendarItem) -> bool {
        self.platform.is_none_or(|id| item.platform == Some(id))
            && self.theme.is_none_or(|id| item.theme == Some(id))
            && self.status.is_none_or(|status| item.status == status)
            && self.persona.is_none_or(|id| item.personas.contains(&id))
            && self.goal.is_none_or(|id| item.goal == Some(id))
    }

    /// The items that pass, in their original order.
    pub fn apply<'a>(&self, items: &'a [CalendarItem]) -> Vec<&'a CalendarItem> {
        items.iter().filter(|item| self.matches(item)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: Id) -> CalendarItem {
        CalendarItem {
            id,
            platform: Some(1),
            theme: Some(2),
            status: Status::Drafting,
            personas: vec![3, 4],
            goal: Some(5),
            ..CalendarItem::default()
        }
    }

    #[test]
    fn the_empty_filter_lets_everything_through() {
        let filter = CalendarFilter::default();
        assert!(filter.is_empty());
        assert_eq!(filter.active_count(), 0);
        assert!(filter.matches(&item(1)));
        assert!(filter.matches(&CalendarItem::default()));
    }

    #[test]
    fn each_criterion_narrows() {
        let base = item(1);
        let cases = [
            (
                CalendarFilter {
                    platform: Some(1),
                    ..Default::default()
                },
                CalendarFilter {
                    platform: Some(9),
                    ..Default::default()
                },
            ),
            (
                CalendarFilter {
                    theme: Some(2),
                    ..Default::default()
                },
                CalendarFilter {
                    theme: Some(9),
                    ..Default::default()
                },
            ),
            (
                CalendarFilter {
                    status: Some(Status::Drafting),
                    ..Default::default()
                },
                CalendarFilter {
                    status: Some(Status::Idea),
                    ..Default::default()
                },
            ),
            (
                CalendarFilter {
                    persona: Some(4),
                    ..Default::default()
                },
                CalendarFilter {
                    persona: Some(9),
                    ..Default::default()
                },
            ),
            (
                CalendarFilter {
                    goal: Some(5),
                    ..Default::default()
                },
                CalendarFilter {
                    goal: Some(9),
                    ..Default::default()
                },
            ),
        ];
        for (passing, failing) in cases {
            assert!(!passing.is_empty());
            assert_eq!(passing.active_count(), 1);
            assert!(passing.matches(&base), "{passing:?}");
            assert!(!failing.matches(&base), "{failing:?}");
            assert!(!passing.matches(&CalendarItem::default()), "{passing:?}");
        }
    }

    #[test]
    fn criteria_combine_with_and() {
        let filter = CalendarFilter {
            platform: Some(1),
            persona: Some(3),
            ..Default::default()
        };
        assert_eq!(filter.active_count(), 2);
        let mut other = item(2);
        other.personas = vec![4];
        let items = vec![item(1), other];
        let ids: Vec<Id> = filter.apply(&items).iter().map(|i| i.id).collect();
        assert_eq!(ids, vec![1]);
    }
}
