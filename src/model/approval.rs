//! The workflow of a calendar item (idea → drafting → in review → approved → scheduled →
//! published) and the sign-offs the team's approval path asks for.
//!
//! Pure: no leptos, web-sys or wasm-bindgen.
//!
//! # Rules
//! - Without an approval path (`plan.team.approval_path` empty) an item may move to any status.
//! - With one, [`Status::Approved`], [`Status::Scheduled`] and [`Status::Published`] need a
//!   sign-off for every step of the path. Moving back, or to any earlier status, is always allowed.
//! - A sign-off counts when the item holds one for the step (who signed and when are details the
//!   team may leave blank). Sign-offs for steps that are no longer in the path are ignored: they
//!   neither help nor block.
//! - Missing steps are listed in the path's order, so the first one is whoever signs next.

use super::{ApprovalStep, CalendarItem, Id, Status};

/// Why an item cannot move to a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusBlock {
    /// These approval steps (ids, in path order) have not signed off yet.
    MissingSignOffs(Vec<Id>),
}

/// True for the statuses that need the whole approval path signed.
pub fn needs_sign_off(status: Status) -> bool {
    matches!(
        status,
        Status::Approved | Status::Scheduled | Status::Published
    )
}

/// The ids of the approval steps `item` still lacks, in path order.
pub fn missing_sign_offs(item: &CalendarItem, path: &[ApprovalStep]) -> Vec<Id> {
    path.iter()
        .filter(|step| !is_signed(item, step.id))
        .map(|step| step.id)
        .collect()
}

/// True when `item` holds a sign-off for the approval step `step`.
pub fn is_signed(item: &CalendarItem, step: Id) -> bool {
    item.sign_offs.iter().any(|s| s.step == step)
}

/// The next step to sign (the first missing one), if any.
pub fn next_signer<'a>(item: &CalendarItem, path: &'a [ApprovalStep]) -> Option<&'a ApprovalStep> {
    path.iter().find(|step| !is_signed(item, step.id))
}

/// How many of the path's steps have signed, out of how many.
pub fn sign_off_progress(item: &CalendarItem, path: &[ApprovalStep]) -> (usize, usize) {
    let signed = path.iter().filter(|step| is_signed(item, step.id)).count();
    (signed, path.len())
}

/// Whether `item` may move to `status` under the approval path `path`.
pub fn can_move_to(
    item: &CalendarItem,
    status: Status,
    path: &[ApprovalStep],
) -> Result<(), StatusBlock> {
    if !needs_sign_off(status) {
        return Ok(());
    }
    let missing = missing_sign_offs(item, path);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(StatusBlock::MissingSignOffs(missing))
    }
}

/// True when the item already sits at a status its sign-offs do not support (the path grew
/// after it was approved, or a sign-off was withdrawn).
pub fn status_outruns_sign_offs(item: &CalendarItem, path: &[ApprovalStep]) -> bool {
    can_move_to(item, item.status, path).is_err()
}

/// The status after `status` in the workflow; `None` after published.
pub fn next_status(status: Status) -> Option<Status> {
    let index = Status::ALL.iter().position(|s| *s == status)?;
    Status::ALL.get(index + 1).copied()
}

/// The status before `status` in the workflow; `None` before idea.
pub fn previous_status(status: Status) -> Option<Status> {
    let index = Status::ALL.iter().position(|s| *s == status)?;
    index
        .checked_sub(1)
        .and_then(|i| Status::ALL.get(i))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SignOff;

    fn path() -> Vec<ApprovalStep> {
        [7, 3, 9]
            .into_iter()
            .map(|id| ApprovalStep {
                id,
                ..ApprovalStep::default()
            })
            .collect()
    }

    fn signed(steps: &[Id]) -> CalendarItem {
        CalendarItem {
            sign_offs: steps
                .iter()
                .map(|step| SignOff {
                    step: *step,
                    ..SignOff::default()
                })
                .collect(),
            ..CalendarItem::default()
        }
    }

    #[test]
    fn the_workflow_runs_in_order() {
        assert_eq!(next_status(Status::Idea), Some(Status::Drafting));
        assert_eq!(next_status(Status::InReview), Some(Status::Approved));
        assert_eq!(next_status(Status::Published), None);
        assert_eq!(previous_status(Status::Idea), None);
        assert_eq!(previous_status(Status::Scheduled), Some(Status::Approved));
        for status in Status::ALL {
            if let Some(next) = next_status(status) {
                assert_eq!(previous_status(next), Some(status));
            }
        }
    }

    #[test]
    fn without_a_path_every_move_is_free() {
        let item = signed(&[]);
        for status in Status::ALL {
            assert_eq!(can_move_to(&item, status, &[]), Ok(()));
        }
        assert!(missing_sign_offs(&item, &[]).is_empty());
    }

    #[test]
    fn approval_needs_every_step_signed() {
        let path = path();
        let item = signed(&[3]);
        assert_eq!(missing_sign_offs(&item, &path), vec![7, 9]);
        assert_eq!(next_signer(&item, &path).map(|s| s.id), Some(7));
        assert_eq!(sign_off_progress(&item, &path), (1, 3));
        for status in [Status::Approved, Status::Scheduled, Status::Published] {
            assert_eq!(
                can_move_to(&item, status, &path),
                Err(StatusBlock::MissingSignOffs(vec![7, 9]))
            );
        }
        for status in [Status::Idea, Status::Drafting, Status::InReview] {
            assert_eq!(can_move_to(&item, status, &path), Ok(()));
        }
        let item = signed(&[9, 7, 3]);
        assert_eq!(can_move_to(&item, Status::Published, &path), Ok(()));
        assert_eq!(next_signer(&item, &path), None);
    }

    #[test]
    fn sign_offs_for_removed_steps_are_ignored() {
        let path = path();
        let item = signed(&[7, 3, 42]);
        assert_eq!(missing_sign_offs(&item, &path), vec![9]);
        assert_eq!(sign_off_progress(&item, &path), (2, 3));
        let shorter = &path[..2];
        assert_eq!(can_move_to(&item, Status::Approved, shorter), Ok(()));
    }

    #[test]
    fn an_approved_item_is_flagged_when_the_path_grows() {
        let mut item = signed(&[7, 3]);
        item.status = Status::Scheduled;
        assert!(!status_outruns_sign_offs(&item, &path()[..2]));
        assert!(status_outruns_sign_offs(&item, &path()));
        item.status = Status::InReview;
        assert!(!status_outruns_sign_offs(&item, &path()));
    }
}
