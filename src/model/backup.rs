//! When to remind someone to save their plan as a file: the browser's copy is the only one until
//! they do, and clearing site data removes it.
//!
//! A reminder is due after many edits since the last export ([`EDITS_DUE`]), or after some edits
//! and a week without an export ([`DAYS_DUE`], [`EDITS_FOR_TIME`]). "Later" snoozes it: the count
//! and the clock start again from the snooze. Exporting resets everything. Pure: "now" is a
//! parameter.

use chrono::{DateTime, Duration, Utc};

/// Saved edits after which a reminder is due regardless of time.
pub const EDITS_DUE: u32 = 50;

/// Days without an export after which a reminder is due, if there were edits.
pub const DAYS_DUE: i64 = 7;

/// The fewest edits that make a week-old plan worth a reminder.
pub const EDITS_FOR_TIME: u32 = 5;

/// What the reminder rule needs to know about one plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BackupState {
    /// Saved edits since the last export (or since the plan was made).
    pub edits_since_export: u32,
    /// When the plan was last exported, if ever.
    pub exported_at: Option<DateTime<Utc>>,
    /// When the plan was made (the clock's start when it was never exported).
    pub created_at: DateTime<Utc>,
    /// When the user last chose "later", if since the last export.
    pub snoozed_at: Option<DateTime<Utc>>,
    /// The edit count at that moment.
    pub edits_at_snooze: u32,
}

/// Why a reminder is due: the edits and whole days since the last export (or since making it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupDue {
    pub edits: u32,
    pub days: i64,
}

/// Saved edits after which a reminder is due inside an app's built-in browser (WeChat and the
/// like), whose storage can be cleared with the app's cache: a workshop's hour of work is worth a
/// copy long before 50 edits.
pub const IN_APP_EDITS_DUE: u32 = 10;

/// Whether a reminder is due now, and what to tell the user.
pub fn backup_due(state: &BackupState, now: DateTime<Utc>) -> Option<BackupDue> {
    due_after(state, now, EDITS_DUE)
}

/// [`backup_due`] inside an app's built-in browser: due after [`IN_APP_EDITS_DUE`] edits.
pub fn backup_due_in_app(state: &BackupState, now: DateTime<Utc>) -> Option<BackupDue> {
    due_after(state, now, IN_APP_EDITS_DUE)
}

fn due_after(state: &BackupState, now: DateTime<Utc>, edits_due: u32) -> Option<BackupDue> {
    let since = state.exported_at.unwrap_or(state.created_at);
    let days = (now - since).num_days().max(0);
    let (edits, clock) = match state.snoozed_at {
        Some(at) => (
            state
                .edits_since_export
                .saturating_sub(state.edits_at_snooze),
            at,
        ),
        None => (state.edits_since_export, since),
    };
    let week_passed = now - clock >= Duration::days(DAYS_DUE);
    let due = edits >= edits_due || (edits >= EDITS_FOR_TIME && week_passed);
    due.then_some(BackupDue {
        edits: state.edits_since_export,
        days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 12, 0, 0).unwrap()
    }

    fn state(edits: u32) -> BackupState {
        BackupState {
            edits_since_export: edits,
            exported_at: Some(at(1)),
            created_at: at(1),
            snoozed_at: None,
            edits_at_snooze: 0,
        }
    }

    #[test]
    fn many_edits_are_due_at_once() {
        assert_eq!(backup_due(&state(49), at(2)), None);
        assert_eq!(
            backup_due(&state(50), at(2)),
            Some(BackupDue { edits: 50, days: 1 })
        );
    }

    #[test]
    fn a_week_with_some_edits_is_due() {
        assert_eq!(backup_due(&state(5), at(7)), None, "six days");
        assert_eq!(
            backup_due(&state(5), at(8)),
            Some(BackupDue { edits: 5, days: 7 })
        );
        assert_eq!(backup_due(&state(4), at(30)), None, "too few edits");
    }

    #[test]
    fn nothing_is_due_without_edits() {
        assert_eq!(backup_due(&state(0), at(30)), None);
    }

    #[test]
    fn a_plan_never_exported_counts_from_its_making() {
        let s = BackupState {
            exported_at: None,
            created_at: at(10),
            ..state(6)
        };
        assert_eq!(backup_due(&s, at(16)), None);
        assert_eq!(
            backup_due(&s, at(17)),
            Some(BackupDue { edits: 6, days: 7 })
        );
    }

    #[test]
    fn later_restarts_the_count_and_the_clock() {
        let snoozed = BackupState {
            snoozed_at: Some(at(8)),
            edits_at_snooze: 60,
            ..state(60)
        };
        assert_eq!(backup_due(&snoozed, at(8)), None);
        assert_eq!(
            backup_due(
                &BackupState {
                    edits_since_export: 109,
                    ..snoozed
                },
                at(9)
            ),
            None
        );
        assert_eq!(
            backup_due(
                &BackupState {
                    edits_since_export: 110,
                    ..snoozed
                },
                at(9)
            ),
            Some(BackupDue {
                edits: 110,
                days: 8
            })
        );
        assert_eq!(
            backup_due(
                &BackupState {
                    edits_since_export: 66,
                    ..snoozed
                },
                at(14)
            ),
            None
        );
        assert!(backup_due(
            &BackupState {
                edits_since_export: 66,
                ..snoozed
            },
            at(15)
        )
        .is_some());
    }

    #[test]
    fn a_clock_in_the_past_never_gives_negative_days() {
        let s = BackupState {
            exported_at: Some(at(20)),
            ..state(50)
        };
        assert_eq!(
            backup_due(&s, at(10)),
            Some(BackupDue { edits: 50, days: 0 })
        );
    }

    #[test]
    fn inside_an_app_the_reminder_comes_after_fewer_edits() {
        let now = at(2);
        assert_eq!(backup_due(&state(IN_APP_EDITS_DUE), now), None);
        assert_eq!(
            backup_due_in_app(&state(IN_APP_EDITS_DUE), now),
            Some(BackupDue {
                edits: IN_APP_EDITS_DUE,
                days: 1
            })
        );
        assert_eq!(backup_due_in_app(&state(IN_APP_EDITS_DUE - 1), now), None);
        let mut snoozed = state(IN_APP_EDITS_DUE + 3);
        snoozed.snoozed_at = Some(now);
        snoozed.edits_at_snooze = IN_APP_EDITS_DUE;
        assert_eq!(backup_due_in_app(&snoozed, now), None);
    }
}
