//! Rules of step 5: which team model fits (with its reasons), how loaded each person is, which
//! roles nobody holds, whether every activity of the responsibility matrix has exactly one
//! accountable role, the approval path's total time, removing a role with everything that points
//! at it, and the "one-person business" preset.
//!
//! Pure: no leptos, no browser types. Words live in `i18n::team`; here reasons and problems are
//! data. Imports only the plan's records: the step's findings and completeness are built from
//! these rules in `checks::team`, which imports this module, never the other way round.

mod approval_path;
#[cfg(test)]
pub(crate) mod fixtures;
mod load;
mod one_person;
mod raci;
mod recommendation;
mod role_removal;

pub use approval_path::{approval_total_hours, move_item};
pub use load::{person_load, team_assigned_percent, unheld_roles, PersonLoad};
pub use one_person::{apply_one_person_business, ONE_PERSON_AVAILABILITY, ONE_PERSON_SPLIT};
pub use raci::{
    fill_suggested_raci, holders_by_letter, letter_at, raci_problems, raci_row_problem, set_letter,
    suggested_letters, RaciProblem,
};
pub use recommendation::{recommend, Reason, Recommendation};
pub use role_removal::{remove_role, restore_role, RemovedRole};
