//! The plan: every decision of the method in one value, and the id allocator its records use.

use chrono::{DateTime, Utc};
use reactive_stores::Store;
use serde::{Deserialize, Serialize};

use super::workshop::tag::WorkshopTag;
use super::{Content, Goal, Id, Persona, Strategy, Team, Voice};

/// The version of the plan's JSON shape. Files and stored plans carry it; older versions are
/// migrated step by step on import, newer ones are refused without being touched.
pub const SCHEMA_VERSION: u32 = 1;

/// Absolute advertising claims a new plan starts with (editable by the user).
pub const STARTER_FORBIDDEN_CLAIMS: [&str; 12] = [
    "最",
    "第一",
    "顶级",
    "国家级",
    "极致",
    "唯一",
    "首个",
    "最佳",
    "全网",
    "100%",
    "best",
    "number one",
];

/// Everything a team decides in the walkthrough.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct Plan {
    /// The plan's own id (random, chosen when it was created); names its storage slot.
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The next record id to hand out; always above every id in the plan.
    pub next_id: Id,
    pub strategy: Strategy,
    #[store(key: Id = |r| r.id)]
    pub personas: Vec<Persona>,
    pub voice: Voice,
    #[store(key: Id = |r| r.id)]
    pub goals: Vec<Goal>,
    pub team: Team,
    pub content: Content,
    /// The workshop session and table this plan belongs to, if a table made it by joining one.
    /// Left out of files and stored copies when there is none, so plans outside workshops are
    /// written exactly as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workshop: Option<WorkshopTag>,
}

/// Where a record sits in a plan: `plan.goals[3].id`, or `plan.goals[3].progress[0].id` for a
/// record in a list inside another record. Written out (`Display`) only when a message needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordPlace {
    /// The top list's path, e.g. `plan.goals`.
    pub list: &'static str,
    /// The index in the top list and the inner list's field, for a record inside a record.
    pub within: Option<(usize, &'static str)>,
    /// The record's index in its own list.
    pub index: usize,
}

impl std::fmt::Display for RecordPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.within {
            Some((outer, field)) => write!(f, "{}[{outer}].{field}[{}].id", self.list, self.index),
            None => write!(f, "{}[{}].id", self.list, self.index),
        }
    }
}

impl Plan {
    /// A new, empty plan with the starter lists a newcomer expects.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        organisation: impl Into<String>,
        now: DateTime<Utc>,
    ) -> Plan {
        let mut plan = Plan {
            id: id.into(),
            name: name.into(),
            organisation: organisation.into(),
            created_at: now,
            updated_at: now,
            next_id: 1,
            ..Plan::default()
        };
        plan.voice.forbidden_claims = STARTER_FORBIDDEN_CLAIMS
            .iter()
            .map(|s| s.to_string())
            .collect();
        plan
    }

    /// Hands out a fresh record id.
    pub fn allocate_id(&mut self) -> Id {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    /// Every record id in the plan with the path of the list it sits in (for validation).
    pub fn record_ids(&self) -> Vec<(String, Id)> {
        self.record_places()
            .into_iter()
            .map(|(place, id)| (place.to_string(), id))
            .collect()
    }

    /// Every record id in the plan with where it sits, without writing any path out: a large plan
    /// has thousands of records, and a path is only needed for the rare one that is wrong.
    pub fn record_places(&self) -> Vec<(RecordPlace, Id)> {
        fn each<T>(
            out: &mut Vec<(RecordPlace, Id)>,
            list: &'static str,
            items: &[T],
            id: impl Fn(&T) -> Id,
        ) {
            out.extend(items.iter().enumerate().map(|(index, r)| {
                let place = RecordPlace {
                    list,
                    within: None,
                    index,
                };
                (place, id(r))
            }));
        }
        let mut out = Vec::new();
        each(&mut out, "plan.strategy.roles", &self.strategy.roles, |r| {
            r.id
        });
        each(
            &mut out,
            "plan.strategy.platforms",
            &self.strategy.platforms,
            |r| r.id,
        );
        each(&mut out, "plan.personas", &self.personas, |r| r.id);
        each(&mut out, "plan.voice.traits", &self.voice.traits, |r| r.id);
        each(&mut out, "plan.voice.samples", &self.voice.samples, |r| {
            r.id
        });
        each(&mut out, "plan.goals", &self.goals, |r| r.id);
        for (g, goal) in self.goals.iter().enumerate() {
            out.extend(goal.progress.iter().enumerate().map(|(index, r)| {
                let place = RecordPlace {
                    list: "plan.goals",
                    within: Some((g, "progress")),
                    index,
                };
                (place, r.id)
            }));
        }
        each(&mut out, "plan.team.roles", &self.team.roles, |r| r.id);
        each(&mut out, "plan.team.people", &self.team.people, |r| r.id);
        each(
            &mut out,
            "plan.team.departments",
            &self.team.departments,
            |r| r.id,
        );
        each(&mut out, "plan.team.meetings", &self.team.meetings, |r| {
            r.id
        });
        each(
            &mut out,
            "plan.team.approval_path",
            &self.team.approval_path,
            |r| r.id,
        );
        each(&mut out, "plan.content.themes", &self.content.themes, |r| {
            r.id
        });
        each(
            &mut out,
            "plan.content.formats",
            &self.content.formats,
            |r| r.id,
        );
        each(
            &mut out,
            "plan.content.style.colours",
            &self.content.style.colours,
            |r| r.id,
        );
        each(
            &mut out,
            "plan.content.calendar",
            &self.content.calendar,
            |r| r.id,
        );
        out
    }

    /// How many records each section holds, for import summaries and the plan list.
    pub fn counts(&self) -> PlanCounts {
        PlanCounts {
            roles: self.strategy.roles.len(),
            platforms: self.strategy.platforms.len(),
            personas: self.personas.len(),
            voice_traits: self.voice.traits.len(),
            goals: self.goals.len(),
            team_roles: self.team.roles.len(),
            people: self.team.people.len(),
            themes: self.content.themes.len(),
            calendar_items: self.content.calendar.len(),
        }
    }
}

/// Record counts per section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanCounts {
    pub roles: usize,
    pub platforms: usize,
    pub personas: usize,
    pub voice_traits: usize,
    pub goals: usize,
    pub team_roles: usize,
    pub people: usize,
    pub themes: usize,
    pub calendar_items: usize,
}
