//! Records in the plan's lists, by their persisted id: taking one out, putting it back where it
//! was, and toggling an id in a list of references. Pure; the undo of every removal uses these.

use super::{
    ApprovalStep, BrandColour, CalendarItem, Department, Goal, Id, Meeting, Person, Persona,
    Platform, PlatformFormats, ProgressEntry, SampleLine, StrategicRole, TeamRole, Theme,
    VoiceTrait,
};

/// A record with a persisted id, unique within its list.
pub trait Keyed {
    /// The record's id.
    fn key(&self) -> Id;
}

macro_rules! keyed {
    ($($ty:ty),* $(,)?) => {
        $(impl Keyed for $ty {
            fn key(&self) -> Id {
                self.id
            }
        })*
    };
}

keyed!(
    ApprovalStep,
    BrandColour,
    CalendarItem,
    Department,
    Goal,
    Meeting,
    Person,
    Persona,
    Platform,
    PlatformFormats,
    ProgressEntry,
    SampleLine,
    StrategicRole,
    TeamRole,
    Theme,
    VoiceTrait,
);

/// Removes the record with `id`, returning where it stood and the record itself.
pub fn take_by_id<T: Keyed>(list: &mut Vec<T>, id: Id) -> Option<(usize, T)> {
    let index = list.iter().position(|r| r.key() == id)?;
    Some((index, list.remove(index)))
}

/// Puts `record` back at `index` (or at the end, if the list got shorter). Does nothing when a
/// record with its id is already there, so an undo pressed twice restores once. True when it was
/// put back.
pub fn reinsert<T: Keyed>(list: &mut Vec<T>, index: usize, record: T) -> bool {
    if list.iter().any(|r| r.key() == record.key()) {
        return false;
    }
    list.insert(index.min(list.len()), record);
    true
}

/// Adds `id` to `selected` when `on`, removes it otherwise; keeps the order of first choice.
pub fn toggle_id(selected: &mut Vec<Id>, id: Id, on: bool) {
    if on {
        if !selected.contains(&id) {
            selected.push(id);
        }
    } else {
        selected.retain(|s| *s != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(id: Id) -> Goal {
        Goal {
            id,
            ..Default::default()
        }
    }

    fn ids(list: &[Goal]) -> Vec<Id> {
        list.iter().map(|g| g.id).collect()
    }

    #[test]
    fn a_taken_record_goes_back_where_it_was() {
        let mut list = vec![goal(1), goal(2), goal(3)];
        let (index, taken) = take_by_id(&mut list, 2).unwrap();
        assert_eq!((index, ids(&list)), (1, vec![1, 3]));
        assert!(reinsert(&mut list, index, taken));
        assert_eq!(ids(&list), vec![1, 2, 3]);
    }

    #[test]
    fn a_missing_id_takes_nothing() {
        let mut list = vec![goal(1)];
        assert!(take_by_id(&mut list, 9).is_none());
        assert_eq!(ids(&list), vec![1]);
    }

    #[test]
    fn putting_back_twice_restores_once() {
        let mut list = vec![goal(1), goal(3)];
        assert!(reinsert(&mut list, 1, goal(2)));
        assert!(!reinsert(&mut list, 1, goal(2)));
        assert_eq!(ids(&list), vec![1, 2, 3]);
    }

    #[test]
    fn a_shorter_list_takes_the_record_at_its_end() {
        let mut list = vec![goal(1)];
        assert!(reinsert(&mut list, 5, goal(7)));
        assert_eq!(ids(&list), vec![1, 7]);
    }

    #[test]
    fn toggling_an_id_keeps_the_order_of_first_choice() {
        let mut chosen = vec![3, 1];
        toggle_id(&mut chosen, 2, true);
        toggle_id(&mut chosen, 3, true);
        assert_eq!(chosen, vec![3, 1, 2]);
        toggle_id(&mut chosen, 1, false);
        assert_eq!(chosen, vec![3, 2]);
    }

    #[test]
    fn toggling_adds_once_and_removes_every_copy() {
        let mut ids = vec![3, 5];
        toggle_id(&mut ids, 7, true);
        toggle_id(&mut ids, 3, true);
        assert_eq!(ids, vec![3, 5, 7]);
        ids.push(5);
        toggle_id(&mut ids, 5, false);
        assert_eq!(ids, vec![3, 7]);
    }
}
