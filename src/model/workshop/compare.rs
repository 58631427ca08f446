//! Comparing the tables side by side, step by step: what each table chose, and where the room
//! agrees (chosen by every table, or by several).
//!
//! Input: the tables' plans (normally the newest version of each, from
//! `super::collect::Collection::newest`), in the order the columns show them. Output: one
//! column per table for each step, and for the choices that can be counted a [`Tally`]: which
//! tables chose it. Free-text choices (persona names, voice traits, custom roles and themes) are
//! counted as the same when they match after trimming, lowercasing and collapsing white space.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.

use chrono::NaiveDate;

use crate::model::smart::{check_goal, Verdict};
use crate::model::{
    Id, Metric, Plan, Status as ItemStatus, StrategicRoleKind, TeamModel, ThemeKind,
};

/// How many tables share a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Agreement {
    /// Every table (and there are at least two).
    All,
    /// More than one table, not all.
    Several,
    /// One table only.
    One,
}

/// One choice and the tables that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally<K> {
    pub key: K,
    /// As the first table that chose it wrote it (for free text).
    pub label: String,
    /// The columns (indices into [`Comparison::tables`]) that chose it, in column order.
    pub tables: Vec<usize>,
    pub agreement: Agreement,
}

impl<K> Tally<K> {
    /// How many tables chose it.
    pub fn count(&self) -> usize {
        self.tables.len()
    }
}

/// A strategic role as tables choose it: one of the method's roles, or a custom one by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RoleKey {
    Kind(StrategicRoleKind),
    /// A custom role's name, normalized.
    Custom(String),
}

/// A theme as tables choose it: a kind of the method, or a custom one by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ThemeKey {
    Kind(ThemeKind),
    /// A custom theme's name, normalized.
    Custom(String),
}

/// One goal in a table's column.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalCell {
    pub id: Id,
    pub title: String,
    pub metric: Metric,
    /// The SMART verdict of the whole goal (the worst letter).
    pub verdict: Verdict,
}

/// One theme in a table's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeCell {
    pub id: Id,
    pub key: ThemeKey,
    /// The theme's name as written (may be empty for a built-in kind).
    pub name: String,
    pub share: Option<u8>,
}

/// A table's calendar in numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarCount {
    pub items: usize,
    /// Items per status, in `Status::ALL` order.
    pub by_status: [usize; 6],
    /// Distinct platforms the items are planned on.
    pub platforms: usize,
}

/// Every step's comparison across the tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The columns' table names.
    pub tables: Vec<String>,
    // Step 1
    pub roles: Vec<Tally<RoleKey>>,
    /// Each table's primary role.
    pub primary_roles: Vec<Option<RoleKey>>,
    // Step 2
    /// Each table's persona names.
    pub personas: Vec<Vec<String>>,
    pub persona_names: Vec<Tally<String>>,
    // Step 3
    /// Each table's voice traits ("we are …").
    pub voice_traits: Vec<Vec<String>>,
    pub trait_words: Vec<Tally<String>>,
    // Step 4
    pub goals: Vec<Vec<GoalCell>>,
    pub metrics: Vec<Tally<Metric>>,
    /// Per table: how many goals pass, warn, fail (in that order).
    pub verdicts: Vec<[usize; 3]>,
    // Step 5
    pub team_models: Vec<Option<TeamModel>>,
    pub models: Vec<Tally<TeamModel>>,
    // Step 6
    pub themes: Vec<Vec<ThemeCell>>,
    pub theme_keys: Vec<Tally<ThemeKey>>,
    pub calendars: Vec<CalendarCount>,
}

/// Free text as tables' choices are matched: trimmed, lowercased, white space collapsed.
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Counts choices: `choices[i]` are table `i`'s (key, label) pairs, in the table's order.
/// Tallies come most chosen first, ties in the order first met.
fn tally<K: Clone + PartialEq>(choices: &[Vec<(K, String)>]) -> Vec<Tally<K>> {
    let tables = choices.len();
    let mut out: Vec<Tally<K>> = Vec::new();
    for (column, list) in choices.iter().enumerate() {
        for (key, label) in list {
            match out.iter_mut().find(|t| t.key == *key) {
                Some(t) if t.tables.last() == Some(&column) => {}
                Some(t) => t.tables.push(column),
                None => out.push(Tally {
                    key: key.clone(),
                    label: label.clone(),
                    tables: vec![column],
                    agreement: Agreement::One,
                }),
            }
        }
    }
    for t in &mut out {
        t.agreement = match t.tables.len() {
            n if n == tables && n > 1 => Agreement::All,
            n if n > 1 => Agreement::Several,
            _ => Agreement::One,
        };
    }
    // Stable sort: ties keep the order first met.
    out.sort_by_key(|t| std::cmp::Reverse(t.tables.len()));
    out
}

fn role_key(kind: StrategicRoleKind, custom_name: &str) -> RoleKey {
    match kind {
        StrategicRoleKind::Custom => RoleKey::Custom(normalize(custom_name)),
        kind => RoleKey::Kind(kind),
    }
}

fn theme_key(kind: ThemeKind, name: &str) -> ThemeKey {
    match kind {
        ThemeKind::Custom => ThemeKey::Custom(normalize(name)),
        kind => ThemeKey::Kind(kind),
    }
}

/// Compares `tables` (table name, plan) side by side; goals are judged as of `today`.
pub fn compare(tables: &[(&str, &Plan)], today: NaiveDate) -> Comparison {
    let plans = || tables.iter().map(|(_, p)| *p);
    let roles: Vec<Vec<(RoleKey, String)>> = plans()
        .map(|p| {
            p.strategy
                .roles
                .iter()
                .map(|r| (role_key(r.kind, &r.custom_name), r.custom_name.clone()))
                .collect()
        })
        .collect();
    let primary_roles = plans()
        .map(|p| {
            let id = p.strategy.primary_role?;
            let r = p.strategy.roles.iter().find(|r| r.id == id)?;
            Some(role_key(r.kind, &r.custom_name))
        })
        .collect();
    let texts = |items: Vec<Vec<String>>| -> (Vec<Vec<String>>, Vec<Tally<String>>) {
        let choices: Vec<Vec<(String, String)>> = items
            .iter()
            .map(|list| {
                list.iter()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| (normalize(s), s.trim().to_string()))
                    .collect()
            })
            .collect();
        let tallies = tally(&choices);
        (items, tallies)
    };
    let (personas, persona_names) = texts(
        plans()
            .map(|p| p.personas.iter().map(|x| x.name.clone()).collect())
            .collect(),
    );
    let (voice_traits, trait_words) = texts(
        plans()
            .map(|p| p.voice.traits.iter().map(|t| t.we_are.clone()).collect())
            .collect(),
    );
    let goals: Vec<Vec<GoalCell>> = plans()
        .map(|p| {
            p.goals
                .iter()
                .map(|g| GoalCell {
                    id: g.id,
                    title: g.title.clone(),
                    metric: g.metric,
                    verdict: check_goal(g, p, today).overall(),
                })
                .collect()
        })
        .collect();
    let verdicts = goals
        .iter()
        .map(|cells| {
            let mut counts = [0; 3];
            for c in cells {
                let i = match c.verdict {
                    Verdict::Pass => 0,
                    Verdict::Warn => 1,
                    Verdict::Fail => 2,
                };
                counts[i] += 1;
            }
            counts
        })
        .collect();
    let metrics = tally(
        &goals
            .iter()
            .map(|cells| cells.iter().map(|c| (c.metric, String::new())).collect())
            .collect::<Vec<_>>(),
    );
    let team_models: Vec<Option<TeamModel>> = plans().map(|p| p.team.model).collect();
    let models = tally(
        &team_models
            .iter()
            .map(|m| m.iter().map(|m| (*m, String::new())).collect())
            .collect::<Vec<_>>(),
    );
    let themes: Vec<Vec<ThemeCell>> = plans()
        .map(|p| {
            p.content
                .themes
                .iter()
                .map(|t| ThemeCell {
                    id: t.id,
                    key: theme_key(t.kind, &t.name),
                    name: t.name.clone(),
                    share: t.share,
                })
                .collect()
        })
        .collect();
    let theme_keys = tally(
        &themes
            .iter()
            .map(|cells| {
                cells
                    .iter()
                    .map(|c| (c.key.clone(), c.name.clone()))
                    .collect()
            })
            .collect::<Vec<_>>(),
    );
    let calendars = plans().map(calendar_count).collect();
    Comparison {
        tables: tables.iter().map(|(t, _)| t.to_string()).collect(),
        roles: tally(&roles),
        primary_roles,
        personas,
        persona_names,
        voice_traits,
        trait_words,
        goals,
        metrics,
        verdicts,
        team_models,
        models,
        themes,
        theme_keys,
        calendars,
    }
}

fn calendar_count(plan: &Plan) -> CalendarCount {
    let mut count = CalendarCount::default();
    let mut platforms: Vec<Id> = Vec::new();
    for item in &plan.content.calendar {
        count.items += 1;
        if let Some(i) = ItemStatus::ALL.iter().position(|s| *s == item.status) {
            count.by_status[i] += 1;
        }
        if let Some(p) = item.platform {
            if !platforms.contains(&p) {
                platforms.push(p);
            }
        }
    }
    count.platforms = platforms.len();
    count
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
