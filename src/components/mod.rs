//! Shared widgets and the parts of the app frame. One component per file.

mod app_header;
mod banner_list;
mod coach_panel;
mod delete_plan_dialog;
mod import_dialog;
mod import_summary;
mod language_switch;
mod modal;
mod plan_details_dialog;
mod plan_menu;
mod save_indicator;
mod skip_link;
mod step_heading;
mod step_pager;
mod step_rail;
mod toast_bar;

pub use app_header::AppHeader;
pub use banner_list::{download_backup, BannerList};
pub use coach_panel::CoachPanel;
pub use delete_plan_dialog::DeletePlanDialog;
pub use import_dialog::ImportDialog;
pub use import_summary::ImportSummary;
pub use language_switch::LanguageSwitch;
pub use modal::Modal;
pub use plan_details_dialog::{PlanDetailsDialog, PlanDetailsMode};
pub use plan_menu::PlanMenu;
pub use save_indicator::SaveIndicator;
pub use skip_link::SkipLink;
pub use step_heading::StepHeading;
pub use step_pager::StepPager;
pub use step_rail::StepRail;
pub use toast_bar::ToastBar;
