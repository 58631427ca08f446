//! Merging: one plan for the room, built from items picked out of any table's plan.
//!
//! The merged plan is new: its own plan id, fresh record ids from its own allocator (so ids from
//! different tables never collide), and a [`WorkshopTag`] with no table whose `origins` say which
//! table and which record each item came from (that list is where "each item remembers its
//! table" lives, rather than a field on every record type). The tables' plans are only read.
//!
//! References between records follow the picks: a goal that serves a role keeps that link when
//! the same table's role is picked too (it then points at the role's new id); otherwise the link
//! is dropped and listed in the preview. A record that cannot exist without its reference (the
//! formats of a platform) is left out when that reference is not picked, and listed.
//!
//! Whole-plan fields (the vision, the tone, the team model…) are picked from one table each
//! ([`FieldPick`]); the last pick of a field wins.
//!
//! Pure: must not import leptos, web-sys, gloo, wasm-bindgen or anything outside `crate::model`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::tag::{Origin, WorkshopTag};
use crate::model::{Id, Plan};

/// The kinds of record that can be picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Role,
    Platform,
    Persona,
    VoiceTrait,
    Sample,
    Goal,
    TeamRole,
    Person,
    Department,
    Meeting,
    ApprovalStep,
    Theme,
    Formats,
    Colour,
    CalendarItem,
}

impl ItemKind {
    /// Every kind, in the order items are placed (a record after those it refers to).
    pub const ALL: [ItemKind; 15] = [
        ItemKind::Role,
        ItemKind::Platform,
        ItemKind::Persona,
        ItemKind::VoiceTrait,
        ItemKind::Sample,
        ItemKind::TeamRole,
        ItemKind::Goal,
        ItemKind::Person,
        ItemKind::Department,
        ItemKind::Meeting,
        ItemKind::ApprovalStep,
        ItemKind::Theme,
        ItemKind::Formats,
        ItemKind::Colour,
        ItemKind::CalendarItem,
    ];

    /// How many records of this kind `plan` holds (without naming any of them).
    pub fn count_in(self, plan: &Plan) -> usize {
        match self {
            ItemKind::Role => plan.strategy.roles.len(),
            ItemKind::Platform => plan.strategy.platforms.len(),
            ItemKind::Persona => plan.personas.len(),
            ItemKind::VoiceTrait => plan.voice.traits.len(),
            ItemKind::Sample => plan.voice.samples.len(),
            ItemKind::Goal => plan.goals.len(),
            ItemKind::TeamRole => plan.team.roles.len(),
            ItemKind::Person => plan.team.people.len(),
            ItemKind::Department => plan.team.departments.len(),
            ItemKind::Meeting => plan.team.meetings.len(),
            ItemKind::ApprovalStep => plan.team.approval_path.len(),
            ItemKind::Theme => plan.content.themes.len(),
            ItemKind::Formats => plan.content.formats.len(),
            ItemKind::Colour => plan.content.style.colours.len(),
            ItemKind::CalendarItem => plan.content.calendar.len(),
        }
    }
}

/// Whole-plan fields, picked from one table each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Step 1: the long-term vision.
    Vision,
    /// Step 1: the short-term objectives.
    Objectives,
    /// Step 3: the brand's core values.
    CoreValues,
    /// Step 3: the tone scales.
    Tone,
    /// Step 3: words to use and avoid, and forbidden claims.
    Words,
    /// Step 5: the questionnaire, the model and why.
    TeamModel,
    /// Step 5: the responsibility matrix (cells of picked team roles only).
    Raci,
    /// Step 5: the feedback path.
    FeedbackPath,
    /// Step 6: fonts, hashtag, emoji and image rules (image ratios of picked platforms only).
    Style,
    /// Step 6: the custom formats' names.
    CustomFormats,
}

/// One record picked: from the table at `table` (an index into the sources), its record `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pick {
    pub table: usize,
    pub kind: ItemKind,
    pub id: Id,
}

/// One whole-plan field picked from the table at `table`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldPick {
    pub table: usize,
    pub field: Field,
}

/// Who the merged plan is and which session it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeBase {
    pub plan_id: String,
    pub name: String,
    pub organisation: String,
    pub session_id: String,
    pub session_name: String,
}

/// One line of the preview: an item that will be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub kind: ItemKind,
    /// The table's name.
    pub table: String,
    pub source_id: Id,
    pub new_id: Id,
    /// The item's name or title, as the table wrote it.
    pub label: String,
}

/// Something the preview must tell before the merged plan is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeNote {
    /// The pick names a table or a record that is not there; nothing was taken for it.
    Missing(Pick),
    /// A field pick names a table that is not there.
    MissingTable(FieldPick),
    /// Item `new_id` referred to record `target` of its table, which was not picked: the link
    /// was dropped.
    LinkDropped { new_id: Id, target: Id },
    /// The pick needs record `target` of its table (formats need their platform), which was not
    /// picked: the item was left out.
    LeftOut { pick: Pick, target: Id },
}

/// The merge as it would be written: the plan, what went into it and what to know.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePreview {
    pub plan: Plan,
    pub placed: Vec<Placed>,
    pub notes: Vec<MergeNote>,
}

/// Builds the room's plan from `picks` and `fields` over `sources` (table name, plan). Picks
/// are taken in [`ItemKind::ALL`] order, each kind in the order given; a repeated pick counts
/// once. The sources are not changed.
pub fn merge(
    sources: &[(&str, &Plan)],
    picks: &[Pick],
    fields: &[FieldPick],
    base: &MergeBase,
    now: DateTime<Utc>,
) -> MergePreview {
    let mut m = Merger {
        sources,
        plan: Plan::new(
            base.plan_id.clone(),
            base.name.clone(),
            base.organisation.clone(),
            now,
        ),
        ids: HashMap::new(),
        from: HashMap::new(),
        placed: Vec::new(),
        notes: Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    for kind in ItemKind::ALL {
        for pick in picks.iter().filter(|p| p.kind == kind) {
            if seen.insert(*pick) {
                m.place(*pick);
            }
        }
    }
    for pick in fields {
        m.field(*pick);
    }
    m.relink();
    let origins = m
        .placed
        .iter()
        .map(|p| Origin {
            id: p.new_id,
            table: p.table.clone(),
            source_id: p.source_id,
        })
        .collect();
    m.plan.workshop = Some(WorkshopTag {
        session_id: base.session_id.clone(),
        session_name: base.session_name.clone(),
        table: String::new(),
        joined_at: now,
        agenda: None,
        origins,
    });
    MergePreview {
        plan: m.plan,
        placed: m.placed,
        notes: m.notes,
    }
}

struct Merger<'a> {
    sources: &'a [(&'a str, &'a Plan)],
    plan: Plan,
    /// (table, old id) → new id.
    ids: HashMap<(usize, Id), Id>,
    /// new id → table.
    from: HashMap<Id, usize>,
    placed: Vec<Placed>,
    notes: Vec<MergeNote>,
}

/// Finds record `id` in `list`, clones it with a fresh id and pushes it onto `out`.
macro_rules! take {
    ($m:ident, $pick:ident, $src:expr, $out:expr, $label:expr) => {{
        match $src.iter().find(|r| r.id == $pick.id) {
            Some(found) => {
                let mut item = found.clone();
                let label: String = $label(&item);
                let new_id = $m.fresh($pick, label);
                item.id = new_id;
                $out.push(item);
                Some(new_id)
            }
            None => None,
        }
    }};
}

impl Merger<'_> {
    fn fresh(&mut self, pick: Pick, label: String) -> Id {
        let new_id = self.plan.allocate_id();
        self.ids.insert((pick.table, pick.id), new_id);
        self.from.insert(new_id, pick.table);
        self.placed.push(Placed {
            kind: pick.kind,
            table: self.sources[pick.table].0.to_string(),
            source_id: pick.id,
            new_id,
            label,
        });
        new_id
    }

    fn place(&mut self, pick: Pick) {
        let Some(&(_, src)) = self.sources.get(pick.table) else {
            self.notes.push(MergeNote::Missing(pick));
            return;
        };
        let m = self;
        let done = match pick.kind {
            ItemKind::Role => take!(
                m,
                pick,
                src.strategy.roles,
                m.plan.strategy.roles,
                |r: &crate::model::StrategicRole| if r.custom_name.is_empty() {
                    r.why.clone()
                } else {
                    r.custom_name.clone()
                }
            ),
            ItemKind::Platform => take!(
                m,
                pick,
                src.strategy.platforms,
                m.plan.strategy.platforms,
                |r: &crate::model::Platform| r.custom_name.clone()
            ),
            ItemKind::Persona => take!(
                m,
                pick,
                src.personas,
                m.plan.personas,
                |r: &crate::model::Persona| r.name.clone()
            ),
            ItemKind::VoiceTrait => take!(
                m,
                pick,
                src.voice.traits,
                m.plan.voice.traits,
                |r: &crate::model::VoiceTrait| r.we_are.clone()
            ),
            ItemKind::Sample => take!(
                m,
                pick,
                src.voice.samples,
                m.plan.voice.samples,
                |r: &crate::model::SampleLine| r.text.clone()
            ),
            ItemKind::Goal => {
                let new = take!(
                    m,
                    pick,
                    src.goals,
                    m.plan.goals,
                    |r: &crate::model::Goal| r.title.clone()
                );
                if new.is_some() {
                    let entries = m.plan.goals.last().map_or(0, |g| g.progress.len());
                    let fresh: Vec<Id> = (0..entries).map(|_| m.plan.allocate_id()).collect();
                    if let Some(goal) = m.plan.goals.last_mut() {
                        for (entry, id) in goal.progress.iter_mut().zip(fresh) {
                            entry.id = id;
                        }
                    }
                }
                new
            }
            ItemKind::TeamRole => take!(
                m,
                pick,
                src.team.roles,
                m.plan.team.roles,
                |r: &crate::model::TeamRole| r.name.clone()
            ),
            ItemKind::Person => take!(
                m,
                pick,
                src.team.people,
                m.plan.team.people,
                |r: &crate::model::Person| r.name.clone()
            ),
            ItemKind::Department => take!(
                m,
                pick,
                src.team.departments,
                m.plan.team.departments,
                |r: &crate::model::Department| r.custom_name.clone()
            ),
            ItemKind::Meeting => take!(
                m,
                pick,
                src.team.meetings,
                m.plan.team.meetings,
                |r: &crate::model::Meeting| r.name.clone()
            ),
            ItemKind::ApprovalStep => take!(
                m,
                pick,
                src.team.approval_path,
                m.plan.team.approval_path,
                |r: &crate::model::ApprovalStep| r.label.clone()
            ),
            ItemKind::Theme => take!(
                m,
                pick,
                src.content.themes,
                m.plan.content.themes,
                |r: &crate::model::Theme| r.name.clone()
            ),
            ItemKind::Formats => {
                let Some(found) = src.content.formats.iter().find(|r| r.id == pick.id) else {
                    m.notes.push(MergeNote::Missing(pick));
                    return;
                };
                let Some(&platform) = m.ids.get(&(pick.table, found.platform)) else {
                    m.notes.push(MergeNote::LeftOut {
                        pick,
                        target: found.platform,
                    });
                    return;
                };
                let mut item = found.clone();
                item.id = m.fresh(pick, String::new());
                item.platform = platform;
                m.plan.content.formats.push(item);
                Some(0)
            }
            ItemKind::Colour => take!(
                m,
                pick,
                src.content.style.colours,
                m.plan.content.style.colours,
                |r: &crate::model::BrandColour| r.name.clone()
            ),
            ItemKind::CalendarItem => take!(
                m,
                pick,
                src.content.calendar,
                m.plan.content.calendar,
                |r: &crate::model::CalendarItem| r.title.clone()
            ),
        };
        if done.is_none() {
            m.notes.push(MergeNote::Missing(pick));
        }
    }

    fn field(&mut self, pick: FieldPick) {
        let Some(&(_, src)) = self.sources.get(pick.table) else {
            self.notes.push(MergeNote::MissingTable(pick));
            return;
        };
        let t = pick.table;
        let plan = &mut self.plan;
        match pick.field {
            Field::Vision => plan.strategy.vision = src.strategy.vision.clone(),
            Field::Objectives => plan.strategy.objectives = src.strategy.objectives.clone(),
            Field::CoreValues => plan.voice.core_values = src.voice.core_values.clone(),
            Field::Tone => plan.voice.tone = src.voice.tone.clone(),
            Field::Words => {
                plan.voice.words_to_use = src.voice.words_to_use.clone();
                plan.voice.words_to_avoid = src.voice.words_to_avoid.clone();
                plan.voice.forbidden_claims = src.voice.forbidden_claims.clone();
            }
            Field::TeamModel => {
                plan.team.questionnaire = src.team.questionnaire.clone();
                plan.team.model = src.team.model;
                plan.team.model_why = src.team.model_why.clone();
            }
            Field::Raci => {
                plan.team.raci = src
                    .team
                    .raci
                    .iter()
                    .filter_map(|cell| {
                        let role = *self.ids.get(&(t, cell.role))?;
                        Some(crate::model::RaciCell {
                            role,
                            ..cell.clone()
                        })
                    })
                    .collect();
            }
            Field::FeedbackPath => plan.team.feedback_path = src.team.feedback_path.clone(),
            Field::Style => {
                let style = &mut plan.content.style;
                let from = &src.content.style;
                style.fonts = from.fonts.clone();
                style.hashtag_rules = from.hashtag_rules.clone();
                style.emoji_rules = from.emoji_rules.clone();
                style.notes = from.notes.clone();
                style.image_ratios = from
                    .image_ratios
                    .iter()
                    .filter_map(|r| {
                        let platform = *self.ids.get(&(t, r.platform))?;
                        Some(crate::model::ImageRatio {
                            platform,
                            ..r.clone()
                        })
                    })
                    .collect();
            }
            Field::CustomFormats => {
                plan.content.custom_formats = src.content.custom_formats.clone();
            }
        }
    }

    /// Points every reference at the new id of its target, or drops it (listed) when the
    /// target was not picked from the same table.
    fn relink(&mut self) {
        let Merger {
            sources,
            plan,
            ids,
            from,
            notes,
            ..
        } = self;
        let mut links = Links { ids, from, notes };
        // The primary role: the first picked role that was its table's primary.
        plan.strategy.primary_role = plan.strategy.roles.iter().find_map(|r| {
            let table = *links.from.get(&r.id)?;
            let primary = sources[table].1.strategy.primary_role?;
            (links.ids.get(&(table, primary)) == Some(&r.id)).then_some(r.id)
        });
        for p in &mut plan.strategy.platforms {
            links.one(p.id, &mut p.role);
        }
        for p in &mut plan.personas {
            links.many(p.id, &mut p.platforms);
        }
        for g in &mut plan.goals {
            links.one(g.id, &mut g.platform);
            links.one(g.id, &mut g.owner_role);
            links.one(g.id, &mut g.serves_role);
            links.many(g.id, &mut g.personas);
        }
        for person in &mut plan.team.people {
            let owner = person.id;
            person
                .assignments
                .retain_mut(|a| links.keep(owner, &mut a.role));
        }
        for s in &mut plan.team.approval_path {
            links.one(s.id, &mut s.role);
        }
        for t in &mut plan.content.themes {
            links.many(t.id, &mut t.personas);
            links.many(t.id, &mut t.goals);
        }
        for c in &mut plan.content.calendar {
            links.one(c.id, &mut c.platform);
            links.one(c.id, &mut c.theme);
            links.one(c.id, &mut c.goal);
            links.one(c.id, &mut c.owner_role);
            links.many(c.id, &mut c.personas);
            let owner = c.id;
            c.sign_offs.retain_mut(|s| links.keep(owner, &mut s.step));
        }
    }
}

/// The id maps of a merge, and the notes of links it drops.
struct Links<'a> {
    ids: &'a HashMap<(usize, Id), Id>,
    from: &'a HashMap<Id, usize>,
    notes: &'a mut Vec<MergeNote>,
}

impl Links<'_> {
    /// Re-points one reference of record `owner` (a new id), or drops it.
    fn one(&mut self, owner: Id, target: &mut Option<Id>) {
        let Some(old) = *target else { return };
        let Some(&table) = self.from.get(&owner) else {
            return;
        };
        *target = self.ids.get(&(table, old)).copied();
        if target.is_none() {
            self.notes.push(MergeNote::LinkDropped {
                new_id: owner,
                target: old,
            });
        }
    }

    /// Re-points a list of references of record `owner`, dropping those not picked.
    fn many(&mut self, owner: Id, list: &mut Vec<Id>) {
        list.retain_mut(|id| self.keep(owner, id));
    }

    /// Re-points a required reference of record `owner`; false when it must go.
    fn keep(&mut self, owner: Id, id: &mut Id) -> bool {
        let mut target = Some(*id);
        self.one(owner, &mut target);
        match target {
            Some(new) => {
                *id = new;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
