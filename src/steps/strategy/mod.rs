//! Step 1, strategic role: roles with their reasons, vision and objectives, platforms.

mod page;
mod platform_row;
mod priority_switch;
mod role_card;

pub use page::StrategyStep;
pub use platform_row::PlatformRow;
pub use priority_switch::PrioritySwitch;
pub use role_card::RoleCard;
