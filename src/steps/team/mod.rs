//! Step 5, team: model, roles, people, RACI, departments, meetings, approval path.

mod approval_path;
mod departments;
mod meeting_card;
mod model_choice;
mod model_compare;
mod page;
mod person_card;
mod questionnaire;
mod raci_table;
mod role_card;
mod store_keys;

pub use approval_path::TeamApprovalPath;
pub use departments::{department_label, TeamDepartments};
pub use meeting_card::TeamMeetingCard;
pub use model_choice::TeamModelChoice;
pub use model_compare::TeamModelCompare;
pub use page::TeamStep;
pub use person_card::{person_name, TeamPersonCard};
pub use questionnaire::TeamQuestionnaire;
pub use raci_table::TeamRaciTable;
pub use role_card::TeamRoleCard;
pub use store_keys::{offer_team_undo, update_team};
