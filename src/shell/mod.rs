//! The app frame: header, plan menu, step rail, heading, coach panel, pager, banners, toasts, and the
//! pages outside the steps (welcome, how data is kept, a shared plan). One component per file.

mod backup_reminder;
mod banner_list;
mod coach_panel;
mod data_page;
pub mod dialogs;
mod hand_in;
mod header;
mod in_app_tip;
mod language_switch;
mod large_text_toggle;
mod plan_copy;
mod plan_menu;
mod save_indicator;
mod session_bar;
mod shared_plan;
mod skip_link;
mod step_checks;
mod step_heading;
mod step_pager;
mod step_rail;
mod toast_bar;
mod welcome;

pub use backup_reminder::BackupReminder;
pub use banner_list::{download_backup, BannerList};
pub use coach_panel::CoachPanel;
pub use data_page::DataInfoView;
pub use header::AppHeader;
pub use in_app_tip::InAppTip;
pub use language_switch::LanguageSwitch;
pub use large_text_toggle::LargeTextToggle;
pub use plan_menu::PlanMenu;
pub use save_indicator::SaveIndicator;
pub use session_bar::SessionBar;
pub use shared_plan::SharedPlanView;
pub use skip_link::SkipLink;
pub use step_checks::StepChecks;
pub use step_heading::StepHeading;
pub use step_pager::StepPager;
pub use step_rail::StepRail;
pub use toast_bar::{ToastBar, NOTICE_LIFETIME};
pub use welcome::WelcomeView;
