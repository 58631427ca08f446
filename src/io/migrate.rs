//! Migrations: the steps that bring a plan written in an older format version up to
//! [`SCHEMA_VERSION`], one version at a time, on the JSON value before it is deserialized.
//!
//! Owns the list of steps and the loop that runs them. Must not import leptos, web-sys, gloo or
//! wasm-bindgen. A step works on the `plan` value of the envelope only (the envelope's own fields
//! are read before migration and do not change between versions).
//!
//! To change the plan's shape: bump [`SCHEMA_VERSION`], append a step to [`STEPS`] that turns a
//! plan of the previous version into the new one, add a fixture of the old version to
//! `tests/fixtures/`, and a test that imports it.
//!
//! [`SCHEMA_VERSION`]: crate::model::SCHEMA_VERSION

use serde_json::Value;

use super::error::ImportError;

/// One migration: a plan of version N in, a plan of version N + 1 out.
pub type Step = fn(Value) -> Result<Value, ImportError>;

/// `STEPS[i]` turns a version `i + 1` plan into a version `i + 2` plan, so there is always one
/// step fewer than [`crate::model::SCHEMA_VERSION`]. Version 1 is the first: no steps yet.
pub const STEPS: &[Step] = &[];

/// The newest version that `steps` lead to.
pub fn latest(steps: &[Step]) -> u32 {
    // A list of four billion steps is not a real concern; saturate rather than wrap.
    u32::try_from(steps.len())
        .unwrap_or(u32::MAX - 1)
        .saturating_add(1)
}

/// Runs every step from version `from` up to the newest with the app's own [`STEPS`].
pub fn migrate(plan: Value, from: u32) -> Result<Value, ImportError> {
    run(plan, from, STEPS)
}

/// Runs `steps` on a plan of version `from` (1 ≤ `from` ≤ [`latest`]`(steps)`; the caller checks).
/// A version outside that range is an error, never a panic.
pub fn run(mut plan: Value, from: u32, steps: &[Step]) -> Result<Value, ImportError> {
    if from == 0 || from > latest(steps) {
        return Err(step_error(
            from,
            format!("no migration path from version {from}"),
        ));
    }
    for step in &steps[(from - 1) as usize..] {
        plan = step(plan)?;
    }
    Ok(plan)
}

/// The error a step returns when the plan it was given does not have the expected shape.
pub fn step_error(from: u32, detail: impl Into<String>) -> ImportError {
    ImportError::Migration {
        from,
        detail: detail.into(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;
    use serde_json::json;

    /// Fake history for tests. Version 1 called a goal's title `name`; version 2 renamed it to
    /// `title`; version 3 added `unit`, empty for older goals.
    pub(crate) fn fake_1_to_2(mut plan: Value) -> Result<Value, ImportError> {
        let goals = plan
            .get_mut("goals")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| step_error(1, "goals is not a list"))?;
        for goal in goals {
            let goal = goal
                .as_object_mut()
                .ok_or_else(|| step_error(1, "a goal is not an object"))?;
            if let Some(name) = goal.remove("name") {
                goal.insert("title".into(), name);
            }
        }
        Ok(plan)
    }

    pub(crate) fn fake_2_to_3(mut plan: Value) -> Result<Value, ImportError> {
        for goal in plan
            .get_mut("goals")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            if let Some(goal) = goal.as_object_mut() {
                goal.entry("unit").or_insert_with(|| json!("posts"));
            }
        }
        Ok(plan)
    }

    const FAKE: &[Step] = &[fake_1_to_2, fake_2_to_3];

    #[test]
    fn the_step_list_matches_the_schema_version() {
        assert_eq!(latest(STEPS), SCHEMA_VERSION);
    }

    #[test]
    fn the_current_version_needs_no_step() {
        let plan = json!({"name": "x"});
        assert_eq!(migrate(plan.clone(), SCHEMA_VERSION), Ok(plan));
    }

    #[test]
    fn steps_run_in_order_from_the_file_version() {
        let v1 = json!({"goals": [{"id": 1, "name": "Grow"}]});
        assert_eq!(latest(FAKE), 3);
        assert_eq!(
            run(v1, 1, FAKE),
            Ok(json!({"goals": [{"id": 1, "title": "Grow", "unit": "posts"}]}))
        );
        // A version 2 plan skips the first step: a `name` stays a `name`.
        let v2 = json!({"goals": [{"id": 1, "name": "kept", "title": "Grow"}]});
        assert_eq!(
            run(v2, 2, FAKE),
            Ok(json!({"goals": [{"id": 1, "name": "kept", "title": "Grow", "unit": "posts"}]}))
        );
        let v3 = json!({"goals": [{"id": 1, "name": "kept"}]});
        assert_eq!(run(v3.clone(), 3, FAKE), Ok(v3));
    }

    #[test]
    fn a_failing_step_stops_the_migration_with_its_version() {
        assert_eq!(
            run(json!({"goals": "none"}), 1, FAKE),
            Err(ImportError::Migration {
                from: 1,
                detail: "goals is not a list".into()
            })
        );
    }

    #[test]
    fn versions_outside_the_path_are_errors_not_panics() {
        for from in [0, 4, u32::MAX] {
            assert!(matches!(
                run(json!({}), from, FAKE),
                Err(ImportError::Migration { .. })
            ));
        }
    }
}
