//! The keyed lists of the plan's store. A keyed write on a fresh store (after a plan was opened,
//! imported or written whole) goes to the wrong row unless the store has registered the list's
//! current keys first; this registers them all.

use reactive_stores::Store;

use crate::model::{
    ContentStoreFields, Plan, PlanStoreFields, StrategyStoreFields, StyleRulesStoreFields,
    TeamStoreFields, VoiceStoreFields,
};

/// Registers the current keys of every keyed list of the plan.
pub fn refresh_keys(store: Store<Plan>) {
    let strategy = store.strategy();
    strategy.roles().update_keys();
    strategy.platforms().update_keys();
    store.personas().update_keys();
    let voice = store.voice();
    voice.traits().update_keys();
    voice.samples().update_keys();
    store.goals().update_keys();
    let team = store.team();
    team.roles().update_keys();
    team.people().update_keys();
    team.departments().update_keys();
    team.meetings().update_keys();
    team.approval_path().update_keys();
    let content = store.content();
    content.themes().update_keys();
    content.formats().update_keys();
    content.calendar().update_keys();
    content.style().colours().update_keys();
}
