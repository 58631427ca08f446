//! The app's dialogs: plan details, delete, worked examples, import.

mod delete_plan;
mod example_list;
mod example_picker;
mod import;
mod import_form;
mod import_summary;
mod plan_details;

pub use delete_plan::DeletePlanDialog;
pub use example_list::ExampleList;
pub use example_picker::ExamplePickerDialog;
pub use import::ImportDialog;
pub use import_form::ImportForm;
pub use import_summary::ImportSummary;
pub use plan_details::{PlanDetailsDialog, PlanDetailsMode};
