//! Step 2, audience personas: cards, fields, comparison.

mod age_field;
mod avatar;
mod avatar_field;
mod card;
mod card_actions;
mod compare;
mod messages;
mod meter;
mod name_field;
mod page;
mod platforms_field;
mod priority_field;

pub use age_field::{parse_age, PersonaAgeField};
pub use avatar::{avatar_ink, avatar_text, initials, PersonaAvatar};
pub use avatar_field::PersonaAvatarField;
pub use card::PersonaCard;
pub use card_actions::{PersonaAction, PersonaCardActions};
pub use compare::{compare_cells, CompareCell, PersonaCompare};
pub use messages::PersonaMessages;
pub use meter::PersonaMeter;
pub use name_field::PersonaNameField;
pub use page::PersonasStep;
pub use platforms_field::PersonaPlatformsField;
pub use priority_field::PersonaPriorityField;
