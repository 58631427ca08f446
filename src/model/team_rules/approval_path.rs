//! The approval path's total time, and moving a step of a list up or down.
//!
//! Imports only the plan's team records.

use crate::model::ApprovalStep;

/// Total time of the approval path in hours (steps without a time count as 0), and whether any
/// step has no time.
pub fn approval_total_hours(steps: &[ApprovalStep]) -> (u32, bool) {
    let total = steps.iter().filter_map(|s| s.hours).sum();
    (total, steps.iter().any(|s| s.hours.is_none()))
}

/// Moves the item at `index` one place up (`up`) or down; returns whether it moved.
pub fn move_item<T>(list: &mut [T], index: usize, up: bool) -> bool {
    if up && index > 0 && index < list.len() {
        list.swap(index, index - 1);
        true
    } else if !up && index + 1 < list.len() {
        list.swap(index, index + 1);
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approval_total_and_missing_times() {
        let step = |hours| ApprovalStep {
            hours,
            ..ApprovalStep::default()
        };
        assert_eq!(approval_total_hours(&[]), (0, false));
        assert_eq!(
            approval_total_hours(&[step(Some(4)), step(Some(24))]),
            (28, false)
        );
        assert_eq!(
            approval_total_hours(&[step(Some(4)), step(None)]),
            (4, true)
        );
    }

    #[test]
    fn moving_items_stops_at_the_ends() {
        let mut list = vec![1, 2, 3];
        assert!(!move_item(&mut list, 0, true));
        assert!(move_item(&mut list, 2, true));
        assert_eq!(list, vec![1, 3, 2]);
        assert!(!move_item(&mut list, 2, false));
        assert!(move_item(&mut list, 0, false));
        assert_eq!(list, vec![3, 1, 2]);
        assert!(!move_item(&mut list, 5, true));
    }
}
