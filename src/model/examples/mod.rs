//! Worked example plans for workshops: three complete handbooks a table can open as a new plan
//! and take apart: a neighbourhood café run by one person, a manufacturer selling to businesses
//! in three regions, and a small training school.
//!
//! Each example is written in each language on its own (a Chinese business on Chinese platforms,
//! an English-speaking one on global platforms), not translated line by line. Every step is
//! filled, every record id comes from the plan's allocator, dates are relative to "now", and each
//! plan passes its own checks: the structure check, the step checks and SMART on every goal.
//!
//! The picker's names and summaries of the examples are interface text: `i18n::examples`.
//!
//! Pure: must not import leptos views, web-sys, gloo or wasm-bindgen; "now" is a parameter.

mod build;
mod cafe;
mod manufacturer;
mod school;

use chrono::{DateTime, Utc};

use super::Plan;

/// The worked examples on offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Example {
    /// A neighbourhood café: one person, centralized, local platforms.
    Cafe,
    /// A manufacturer selling to businesses in three regions: hybrid team, approval with legal.
    Manufacturer,
    /// A small training school: a part-time team, parents as the main audience.
    School,
}

impl Example {
    /// Every example, in the order the picker shows them.
    pub const ALL: [Example; 3] = [Example::Cafe, Example::Manufacturer, Example::School];
}

/// The complete example plan in Chinese (`chinese`) or English, stored under `plan_id`, with every
/// date placed relative to `now` (goals under way, a calendar for the next six weeks).
pub fn example_plan(example: Example, chinese: bool, plan_id: &str, now: DateTime<Utc>) -> Plan {
    match example {
        Example::Cafe => cafe::plan(chinese, plan_id, now),
        Example::Manufacturer => manufacturer::plan(chinese, plan_id, now),
        Example::School => school::plan(chinese, plan_id, now),
    }
}

#[cfg(test)]
mod tests;
