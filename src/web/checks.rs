//! The checks of steps 2–6 for the step rail and the coach panel. Step 1's checks are part of the
//! first download; the others are a piece of their own in the release build (their rules, the
//! SMART checker and the team rules are most of the checking code), which comes a moment after
//! the first view, at start when plans are stored, or as soon as a later step asks for it.
//!
//! Until it has arrived a later step has no figures: the rail shows no ring or count for it and
//! the coach panel no list, and both fill in when it arrives (reading tracks its arrival).
//! Without the `split` feature the checks are simply here.

use std::cell::Cell;

use chrono::NaiveDate;
use leptos::prelude::{ArcTrigger, Notify, Track};

use crate::model::checks::{
    step_completeness_on, step_findings_on, strategy_completeness, strategy_findings, Checkpoint,
    Completeness, Finding,
};
use crate::model::{Plan, Step};
use crate::web::chunks::PieceError;

/// How far a step is filled in, if it can be told (`None` for the handbook).
type StepCompleteness = Option<Completeness<Checkpoint>>;

/// The piece's two entry points.
#[derive(Clone, Copy)]
struct Checker {
    completeness: fn(&Plan, Step, NaiveDate) -> StepCompleteness,
    findings: fn(&Plan, Step, NaiveDate) -> Vec<Finding>,
}

crate::split!(
    checks,
    preload_checks,
    /// The checks' entry points (their code is the piece).
    fn checks_piece() -> Checker {
        Checker {
            completeness: step_completeness_on,
            findings: step_findings_on,
        }
    }
);

thread_local! {
    static LOADED: Cell<Option<Checker>> = const { Cell::new(None) };
    static ASKED: Cell<bool> = const { Cell::new(false) };
    /// Fires when the piece arrives, for the figures asked for before.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// The checks, if they are here (always, without the `split` feature). Tracks their arrival
/// while they are not.
fn checker() -> Option<Checker> {
    if cfg!(not(feature = "split")) {
        return Some(Checker {
            completeness: step_completeness_on,
            findings: step_findings_on,
        });
    }
    let loaded = LOADED.with(Cell::get);
    if loaded.is_none() {
        ARRIVED.with(|arrived| arrived.track());
    }
    loaded
}

/// Brings the checks if they are not here yet.
pub async fn load() -> Result<(), PieceError> {
    if LOADED.with(Cell::get).is_none() {
        let checker = checks_piece().await?;
        LOADED.with(|cell| cell.set(Some(checker)));
        ARRIVED.with(|arrived| arrived.notify());
    }
    Ok(())
}

/// Starts bringing the checks in the background, once (a later step is shown).
pub fn ask() {
    if cfg!(feature = "split") && !ASKED.with(|asked| asked.replace(true)) {
        // (the browser's own task queue: this may run before the app is mounted)
        wasm_bindgen_futures::spawn_local(async {
            let _ = load().await;
        });
    }
}

/// How far `step` is filled in as of `today`: `None` while the checks of a later step have not
/// arrived (tracked), `Some(None)` for the handbook.
pub fn completeness_on(plan: &Plan, step: Step, today: NaiveDate) -> Option<StepCompleteness> {
    match step {
        Step::Strategy => Some(Some(strategy_completeness(&plan.strategy))),
        Step::Handbook => Some(None),
        _ => checker().map(|checker| (checker.completeness)(plan, step, today)),
    }
}

/// The findings of `step` as of `today`: `None` while the checks of a later step have not arrived
/// (tracked).
pub fn findings_on(plan: &Plan, step: Step, today: NaiveDate) -> Option<Vec<Finding>> {
    match step {
        Step::Strategy => Some(strategy_findings(&plan.strategy)),
        Step::Handbook => Some(Vec::new()),
        _ => checker().map(|checker| (checker.findings)(plan, step, today)),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::examples::{example_plan, Example};

    #[test]
    fn every_step_is_judged_as_the_checks_themselves_judge_it() {
        let now = Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap();
        let today = now.date_naive();
        let mut plans = vec![Plan::default()];
        for example in Example::ALL {
            for chinese in [false, true] {
                plans.push(example_plan(example, chinese, "p", now));
            }
        }
        for plan in &plans {
            for step in Step::ALL {
                assert_eq!(
                    completeness_on(plan, step, today).map(|c| c.map(|c| c.percent())),
                    Some(step_completeness_on(plan, step, today).map(|c| c.percent())),
                    "{step:?}"
                );
                assert_eq!(
                    findings_on(plan, step, today),
                    Some(step_findings_on(plan, step, today)),
                    "{step:?}"
                );
            }
        }
        // The blank plan has findings in step 1, so the comparison above is not of empty lists only.
        assert!(!findings_on(&plans[0], Step::Strategy, today)
            .unwrap()
            .is_empty());
    }
}
