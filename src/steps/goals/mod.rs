//! Step 4, SMART goals: goal cards, SMART badges, progress.

mod card;
mod chart;
mod page;
mod progress_panel;
mod smart_badges;

pub use card::GoalCard;
pub use chart::{chart_summary, GoalChart, CHART_HEIGHT, CHART_WIDTH};
pub use page::GoalsStep;
pub use progress_panel::GoalProgressPanel;
pub use smart_badges::{verdict_look, GoalSmartBadges};
