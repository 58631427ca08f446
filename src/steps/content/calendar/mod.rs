//! The content calendar: month, week and list views, filters, the item editor.

mod chip;
mod day_cell;
mod editor;
mod filters;
mod list;
mod list_row;
mod month;
mod section;
mod sign_offs;
mod toolbar;
mod week;

pub use chip::CalendarChip;
pub use day_cell::CalendarDayCell;
pub use editor::CalendarEditor;
pub use filters::CalendarFilters;
pub use list::CalendarList;
pub use list_row::CalendarListRow;
pub use month::CalendarMonth;
pub use section::CalendarSection;
pub use sign_offs::CalendarSignOffs;
pub use toolbar::CalendarToolbar;
pub use week::CalendarWeek;
