//! Placeholder.

use chrono::{DateTime, Utc};

use crate::model::Plan;

/// Placeholder.
pub fn plan(chinese: bool, plan_id: &str, now: DateTime<Utc>) -> Plan {
    super::cafe::plan(chinese, plan_id, now)
}
