//! Step 6, content plan: themes, coverage, formats, style, mix report and the calendar.

pub mod calendar;
mod colour_row;
mod colours;
mod coverage;
mod formats;
mod image_ratios;
mod mix_report;
mod page;
mod platform_formats;
mod principles;
mod style;
mod theme_card;
mod themes;

pub use colour_row::ContentColourRow;
pub use colours::ContentColours;
pub use coverage::ContentCoverage;
pub use formats::ContentFormats;
pub use image_ratios::{ContentImageRatios, COMMON_RATIOS};
pub use mix_report::ContentMixReport;
pub use page::ContentStep;
pub use platform_formats::{parse_posts_per_week, ContentPlatformFormats};
pub use principles::ContentPrinciples;
pub use style::ContentStyle;
pub use theme_card::{parse_share, ContentThemeCard};
pub use themes::ContentThemes;
