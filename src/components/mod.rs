//! Shared widgets and the parts of the app frame. One component per file.

mod app_header;
mod coach_panel;
mod language_switch;
mod skip_link;
mod step_heading;
mod step_pager;
mod step_rail;

pub use app_header::AppHeader;
pub use coach_panel::CoachPanel;
pub use language_switch::LanguageSwitch;
pub use skip_link::SkipLink;
pub use step_heading::StepHeading;
pub use step_pager::StepPager;
pub use step_rail::StepRail;
