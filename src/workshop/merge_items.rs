//! What can be picked for the room's plan, put into words: every record of a table's plan by
//! kind with the name it shows, the kinds' and sections' names, what the choices are keyed by,
//! and the preview's notes as sentences. Plain data and functions (native tests); no component
//! lives here.

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::content_names::theme_kind_name;
use crate::i18n::strategy::{platform_label, role_name};
use crate::i18n::team::{approval_step_title, department_name};
use crate::i18n::team_names::role_kind_name;
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{format_date, t, tf, Locale};
use crate::model::workshop::merge::{Field, FieldPick, ItemKind, MergeNote, MergePreview, Pick};
use crate::model::{Id, Plan, StrategicRoleKind};

/// The facilitator's choices for the room's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    pub items: BTreeSet<ChosenKey>,
    /// Each section and the table it is taken from.
    pub fields: BTreeMap<FieldKey, String>,
}

/// One record picked, by table name (indices move when another table is collected); ordered
/// by kind as placed, then table, then id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChosenKey {
    pub kind: ItemKind,
    pub table: String,
    pub id: Id,
}

/// A section, orderable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FieldKey(pub usize);

/// Every section in the order the form shows them.
pub const FIELDS: [Field; 10] = [
    Field::Vision,
    Field::Objectives,
    Field::CoreValues,
    Field::Tone,
    Field::Words,
    Field::TeamModel,
    Field::Raci,
    Field::FeedbackPath,
    Field::Style,
    Field::CustomFormats,
];

impl Choices {
    /// The choices as `merge` takes them, over `tables` (the sources' names in order); choices
    /// of tables no longer there are left out.
    pub fn picks(&self, tables: &[&str]) -> (Vec<Pick>, Vec<FieldPick>) {
        let index = |name: &str| tables.iter().position(|t| *t == name);
        let picks = self
            .items
            .iter()
            .filter_map(|c| {
                Some(Pick {
                    table: index(&c.table)?,
                    kind: c.kind,
                    id: c.id,
                })
            })
            .collect();
        let fields = self
            .fields
            .iter()
            .filter_map(|(key, table)| {
                Some(FieldPick {
                    table: index(table)?,
                    field: FIELDS[key.0],
                })
            })
            .collect();
        (picks, fields)
    }
}

/// The name of a kind of record, in the plural.
pub fn kind_text(kind: ItemKind) -> R {
    match kind {
        ItemKind::Role => R::KindRole,
        ItemKind::Platform => R::KindPlatform,
        ItemKind::Persona => R::KindPersona,
        ItemKind::VoiceTrait => R::KindVoiceTrait,
        ItemKind::Sample => R::KindSample,
        ItemKind::Goal => R::KindGoal,
        ItemKind::TeamRole => R::KindTeamRole,
        ItemKind::Person => R::KindPerson,
        ItemKind::Department => R::KindDepartment,
        ItemKind::Meeting => R::KindMeeting,
        ItemKind::ApprovalStep => R::KindApprovalStep,
        ItemKind::Theme => R::KindTheme,
        ItemKind::Formats => R::KindFormats,
        ItemKind::Colour => R::KindColour,
        ItemKind::CalendarItem => R::KindCalendarItem,
    }
}

/// The name of a section.
pub fn field_text(field: Field) -> R {
    match field {
        Field::Vision => R::FieldVision,
        Field::Objectives => R::FieldObjectives,
        Field::CoreValues => R::FieldCoreValues,
        Field::Tone => R::FieldTone,
        Field::Words => R::FieldWords,
        Field::TeamModel => R::FieldTeamModel,
        Field::Raci => R::FieldRaci,
        Field::FeedbackPath => R::FieldFeedbackPath,
        Field::Style => R::FieldStyle,
        Field::CustomFormats => R::FieldCustomFormats,
    }
}

/// The longest label shown for a record (sample lines can be long).
const LABEL_CHARS: usize = 80;

fn label(locale: Locale, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return t(locale, R::MergeUnnamed).to_string();
    }
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(LABEL_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn either(custom: &str, standard: &str) -> String {
    if custom.trim().is_empty() {
        standard.to_string()
    } else {
        custom.to_string()
    }
}

/// Every record of `kind` in `plan`, with the name it shows.
pub fn items(locale: Locale, plan: &Plan, kind: ItemKind) -> Vec<(Id, String)> {
    let l = |text: &str| label(locale, text);
    match kind {
        ItemKind::Role => plan
            .strategy
            .roles
            .iter()
            .map(|r| {
                let name = match r.kind {
                    StrategicRoleKind::Custom => r.custom_name.clone(),
                    kind => role_name(locale, kind).to_string(),
                };
                (r.id, l(&name))
            })
            .collect(),
        ItemKind::Platform => plan
            .strategy
            .platforms
            .iter()
            .map(|p| (p.id, l(&platform_label(locale, p))))
            .collect(),
        ItemKind::Persona => plan.personas.iter().map(|p| (p.id, l(&p.name))).collect(),
        ItemKind::VoiceTrait => plan
            .voice
            .traits
            .iter()
            .map(|v| (v.id, l(&v.we_are)))
            .collect(),
        ItemKind::Sample => plan
            .voice
            .samples
            .iter()
            .map(|s| (s.id, l(&s.text)))
            .collect(),
        ItemKind::Goal => plan.goals.iter().map(|g| (g.id, l(&g.title))).collect(),
        ItemKind::TeamRole => plan
            .team
            .roles
            .iter()
            .map(|r| (r.id, l(&either(&r.name, role_kind_name(locale, r.kind)))))
            .collect(),
        ItemKind::Person => plan
            .team
            .people
            .iter()
            .map(|p| (p.id, l(&p.name)))
            .collect(),
        ItemKind::Department => plan
            .team
            .departments
            .iter()
            .map(|d| {
                (
                    d.id,
                    l(&either(&d.custom_name, department_name(locale, d.kind))),
                )
            })
            .collect(),
        ItemKind::Meeting => plan
            .team
            .meetings
            .iter()
            .map(|m| (m.id, l(&m.name)))
            .collect(),
        ItemKind::ApprovalStep => plan
            .team
            .approval_path
            .iter()
            .map(|s| (s.id, l(&approval_step_title(locale, s, &plan.team.roles))))
            .collect(),
        ItemKind::Theme => plan
            .content
            .themes
            .iter()
            .map(|th| {
                (
                    th.id,
                    l(&either(&th.name, theme_kind_name(locale, th.kind))),
                )
            })
            .collect(),
        ItemKind::Formats => plan
            .content
            .formats
            .iter()
            .map(|f| {
                let platform = plan
                    .strategy
                    .platforms
                    .iter()
                    .find(|p| p.id == f.platform)
                    .map(|p| platform_label(locale, p))
                    .unwrap_or_default();
                (f.id, l(&platform))
            })
            .collect(),
        ItemKind::Colour => plan
            .content
            .style
            .colours
            .iter()
            .map(|c| (c.id, l(&either(&c.name, &c.hex))))
            .collect(),
        ItemKind::CalendarItem => plan
            .content
            .calendar
            .iter()
            .map(|c| {
                let text = format!("{} · {}", format_date(locale, c.date), c.title.trim());
                (c.id, l(&text))
            })
            .collect(),
    }
}

/// The preview's notes as sentences, in `locale`; `tables` are the sources' names in order.
pub fn note_texts(locale: Locale, preview: &MergePreview, tables: &[&str]) -> Vec<String> {
    let table = |i: usize| tables.get(i).copied().unwrap_or_default();
    preview
        .notes
        .iter()
        .map(|note| match note {
            MergeNote::Missing(pick) => {
                tf(locale, R::NoteMissing, &[("table", &table(pick.table))])
            }
            MergeNote::MissingTable(pick) => {
                tf(locale, R::NoteMissing, &[("table", &table(pick.table))])
            }
            MergeNote::LinkDropped { new_id, .. } => {
                let placed = preview.placed.iter().find(|p| p.new_id == *new_id);
                let item = placed.map_or_else(String::new, |p| label(locale, &p.label));
                let from = placed.map_or("", |p| p.table.as_str());
                tf(
                    locale,
                    R::NoteLinkDropped,
                    &[("item", &item), ("table", &from)],
                )
            }
            MergeNote::LeftOut { pick, .. } => {
                tf(locale, R::NoteLeftOut, &[("table", &table(pick.table))])
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::workshop::merge::{merge, MergeBase};

    fn plan_with_goal_serving_role() -> Plan {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        let mut plan = Plan::new("p", "P", "O", now);
        let role = plan.allocate_id();
        plan.strategy.roles.push(crate::model::StrategicRole {
            id: role,
            kind: StrategicRoleKind::BrandAmplifier,
            ..Default::default()
        });
        let goal = plan.allocate_id();
        plan.goals.push(crate::model::Goal {
            id: goal,
            title: "Reach 5,000 followers".into(),
            serves_role: Some(role),
            ..Default::default()
        });
        plan
    }

    #[test]
    fn every_kind_counts_what_it_lists() {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        for example in crate::model::examples::Example::ALL {
            let plan = crate::model::examples::example_plan(example, false, "p", now);
            for kind in ItemKind::ALL {
                assert_eq!(
                    kind.count_in(&plan),
                    items(Locale::En, &plan, kind).len(),
                    "{example:?} {kind:?}"
                );
            }
        }
    }

    #[test]
    fn records_are_listed_with_the_names_they_show() {
        let plan = plan_with_goal_serving_role();
        let roles = items(Locale::En, &plan, ItemKind::Role);
        assert_eq!(roles.len(), 1);
        assert!(!roles[0].1.is_empty() && roles[0].1 != "(no name)");
        let goals = items(Locale::En, &plan, ItemKind::Goal);
        assert_eq!(goals[0].1, "Reach 5,000 followers");
        let long = "x".repeat(200);
        assert_eq!(label(Locale::En, &long).chars().count(), LABEL_CHARS + 1);
        assert_eq!(label(Locale::ZhCn, "  "), "（未命名）");
    }

    #[test]
    fn choices_follow_tables_by_name_and_notes_read_as_sentences() {
        let a = plan_with_goal_serving_role();
        let goal = a.goals[0].id;
        let mut choices = Choices::default();
        choices.items.insert(ChosenKey {
            kind: ItemKind::Goal,
            table: "Table 2".into(),
            id: goal,
        });
        choices.items.insert(ChosenKey {
            kind: ItemKind::Goal,
            table: "Gone".into(),
            id: goal,
        });
        choices.fields.insert(FieldKey(0), "Table 2".into());
        let tables = ["Table 1", "Table 2"];
        let (picks, fields) = choices.picks(&tables);
        assert_eq!(picks.len(), 1);
        assert_eq!(picks[0].table, 1);
        assert_eq!(
            fields,
            vec![FieldPick {
                table: 1,
                field: Field::Vision
            }]
        );
        let base = MergeBase {
            plan_id: "m".into(),
            name: "Room".into(),
            organisation: "O".into(),
            session_id: "s".into(),
            session_name: "S".into(),
        };
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap();
        let preview = merge(
            &[("Table 1", &a), ("Table 2", &a)],
            &picks,
            &fields,
            &base,
            now,
        );
        assert_eq!(preview.placed.len(), 1);
        let notes = note_texts(Locale::En, &preview, &tables);
        assert_eq!(
            notes,
            vec!["“Reach 5,000 followers” (Table 2) pointed to something that was not picked; that link is dropped."]
        );
    }
}
