//! Worked example plans for workshops: three complete handbooks a table can open as a new plan
//! and take apart: a neighbourhood café run by one person, a manufacturer selling to businesses
//! in three regions, and a small training school.
//!
//! Each example is written in each language on its own (a Chinese business on Chinese platforms,
//! an English-speaking one on global platforms), not translated line by line. Every step is
//! filled, every record id comes from the plan's allocator, dates are relative to "now", and each
//! plan passes its own checks: the structure check, the step checks and SMART on every goal.
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

/// The example's short name for the picker.
pub fn example_title(example: Example, chinese: bool) -> &'static str {
    match (example, chinese) {
        (Example::Cafe, true) => "街角咖啡馆（一人店）",
        (Example::Cafe, false) => "Neighbourhood café (one person)",
        (Example::Manufacturer, true) => "工业制造企业（三大区域）",
        (Example::Manufacturer, false) => "B2B manufacturer (three regions)",
        (Example::School, true) => "少儿编程培训学校",
        (Example::School, false) => "Children's coding school",
    }
}

/// One sentence for the picker: who the example is and what it teaches.
pub fn example_summary(example: Example, chinese: bool) -> &'static str {
    match (example, chinese) {
        (Example::Cafe, true) => {
            "杭州一家街坊咖啡馆，店主一个人身兼四个岗位：看集中式小团队怎样聚焦三个本地平台、把时间分配清楚。"
        }
        (Example::Cafe, false) => {
            "A Manchester café whose owner holds all four roles alone: how a one-person, centralized team focuses on three local platforms and budgets its hours."
        }
        (Example::Manufacturer, true) => {
            "一家苏州工业传动件制造商，华东、华南和海外三个区域：看混合式团队如何分工，以及法务怎样进入审批流程。"
        }
        (Example::Manufacturer, false) => {
            "A Midlands pump manufacturer selling in three regions: how a hybrid team splits the work and how legal review fits into the approval path."
        }
        (Example::School, true) => {
            "成都一所小型少儿编程学校，四位兼职成员：看如何面向家长做内容、处理咨询，以及学员肖像授权怎样写进审批。"
        }
        (Example::School, false) => {
            "A small children's coding school in Bristol run by four part-timers: how to speak to parents, answer enquiries and build photo consent into approval."
        }
    }
}

#[cfg(test)]
mod tests;
