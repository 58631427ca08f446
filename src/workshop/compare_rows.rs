//! The comparison put into words for the screen: for each step, what the room chose with how
//! many tables chose it, and each table's own column with a badge on every choice it shares.
//!
//! Plain data built from `crate::model::workshop::compare::Comparison` and the language, so the
//! view only lays it out (and this runs in native tests). No component lives here.

use crate::i18n::content_names::{status_name, theme_kind_name};
use crate::i18n::goals::{metric_name, verdict_name};
use crate::i18n::strategy::role_name;
use crate::i18n::team::model_name;
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{t, tf, Locale};
use crate::model::smart::Verdict;
use crate::model::workshop::compare::{normalize, Agreement, Comparison, RoleKey, Tally, ThemeKey};
use crate::model::{Status as ItemStatus, Step};

/// How many tables share a choice, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    pub agreement: Agreement,
    /// "all tables" / "3 of 5".
    pub text: String,
}

/// One choice and who made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceLine {
    pub label: String,
    pub badge: Badge,
    /// The tables that chose it, as one phrase.
    pub tables: String,
}

/// A list of choices the room made, most chosen first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceList {
    pub title: String,
    pub lines: Vec<ChoiceLine>,
}

/// One entry of a table's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub text: String,
    /// Set when other tables made the same choice.
    pub badge: Option<Badge>,
    /// A verdict or a share to show beside it.
    pub note: Option<String>,
    /// The SMART verdict, for goals (styles key on it).
    pub verdict: Option<Verdict>,
}

/// One table's column for a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub table: String,
    /// Groups of entries under a small title ("Primary role", "Goals"…).
    pub groups: Vec<(String, Vec<Entry>)>,
}

/// One step of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepBlock {
    pub step: Step,
    pub lists: Vec<ChoiceList>,
    pub columns: Vec<Column>,
}

fn badge(locale: Locale, agreement: Agreement, count: usize, of: usize) -> Badge {
    let text = match agreement {
        Agreement::All => t(locale, R::AgreeAll).to_string(),
        _ => tf(locale, R::AgreeCount, &[("n", &count), ("m", &of)]),
    };
    Badge { agreement, text }
}

/// The badge of a choice shared with other tables (none for a choice of one table).
fn shared<K>(locale: Locale, tally: Option<&Tally<K>>, of: usize) -> Option<Badge> {
    let tally = tally?;
    (tally.agreement != Agreement::One).then(|| badge(locale, tally.agreement, tally.count(), of))
}

fn list<K>(
    locale: Locale,
    c: &Comparison,
    title: R,
    tallies: &[Tally<K>],
    label: impl Fn(&Tally<K>) -> String,
) -> ChoiceList {
    let of = c.tables.len();
    ChoiceList {
        title: t(locale, title).to_string(),
        lines: tallies
            .iter()
            .map(|tally| ChoiceLine {
                label: label(tally),
                badge: badge(locale, tally.agreement, tally.count(), of),
                tables: crate::i18n::join_list(
                    locale,
                    tally.tables.iter().map(|i| c.tables[*i].as_str()),
                ),
            })
            .collect(),
    }
}

fn role_label(locale: Locale, key: &RoleKey, written: &str) -> String {
    match key {
        RoleKey::Kind(kind) => role_name(locale, *kind).to_string(),
        RoleKey::Custom(_) if !written.trim().is_empty() => written.trim().to_string(),
        RoleKey::Custom(_) => t(locale, R::CustomRole).to_string(),
    }
}

fn theme_label(locale: Locale, key: &ThemeKey, written: &str) -> String {
    match key {
        _ if !written.trim().is_empty() => written.trim().to_string(),
        ThemeKey::Kind(kind) => theme_kind_name(locale, *kind).to_string(),
        ThemeKey::Custom(_) => t(locale, R::MergeUnnamed).to_string(),
    }
}

fn plain(text: String, badge: Option<Badge>) -> Entry {
    Entry {
        text,
        badge,
        note: None,
        verdict: None,
    }
}

/// The comparison, step by step, in `locale`.
pub fn step_blocks(locale: Locale, c: &Comparison) -> Vec<StepBlock> {
    let of = c.tables.len();
    let nothing = || vec![plain(t(locale, R::NothingYet).to_string(), None)];
    let or_nothing = |entries: Vec<Entry>| {
        if entries.is_empty() {
            nothing()
        } else {
            entries
        }
    };
    let columns = |groups: &dyn Fn(usize) -> Vec<(String, Vec<Entry>)>| -> Vec<Column> {
        c.tables
            .iter()
            .enumerate()
            .map(|(i, table)| Column {
                table: table.clone(),
                groups: groups(i),
            })
            .collect()
    };
    let text_entries = |names: &[String], tallies: &[Tally<String>]| -> Vec<Entry> {
        names
            .iter()
            .filter(|n| !n.trim().is_empty())
            .map(|n| {
                let key = normalize(n);
                plain(
                    n.trim().to_string(),
                    shared(locale, tallies.iter().find(|t| t.key == key), of),
                )
            })
            .collect()
    };

    let strategy = StepBlock {
        step: Step::Strategy,
        lists: vec![list(locale, c, R::Roles, &c.roles, |t| {
            role_label(locale, &t.key, &t.label)
        })],
        columns: columns(&|i| {
            let roles: Vec<Entry> = c
                .roles
                .iter()
                .filter(|t| t.tables.contains(&i))
                .map(|t| {
                    plain(
                        role_label(locale, &t.key, &t.label),
                        shared(locale, Some(t), of),
                    )
                })
                .collect();
            let primary = c.primary_roles[i].as_ref().map(|key| {
                let written = c
                    .roles
                    .iter()
                    .find(|t| t.key == *key)
                    .map_or("", |t| t.label.as_str());
                plain(role_label(locale, key, written), None)
            });
            vec![
                (t(locale, R::Roles).to_string(), or_nothing(roles)),
                (
                    t(locale, R::PrimaryRole).to_string(),
                    or_nothing(primary.into_iter().collect()),
                ),
            ]
        }),
    };
    let personas = StepBlock {
        step: Step::Personas,
        lists: vec![list(locale, c, R::Personas, &c.persona_names, |t| {
            t.label.clone()
        })],
        columns: columns(&|i| {
            vec![(
                t(locale, R::Personas).to_string(),
                or_nothing(text_entries(&c.personas[i], &c.persona_names)),
            )]
        }),
    };
    let voice = StepBlock {
        step: Step::Voice,
        lists: vec![list(locale, c, R::Traits, &c.trait_words, |t| {
            t.label.clone()
        })],
        columns: columns(&|i| {
            vec![(
                t(locale, R::Traits).to_string(),
                or_nothing(text_entries(&c.voice_traits[i], &c.trait_words)),
            )]
        }),
    };
    let goals = StepBlock {
        step: Step::Goals,
        lists: vec![list(locale, c, R::Metrics, &c.metrics, |t| {
            metric_name(locale, t.key).to_string()
        })],
        columns: columns(&|i| {
            let [pass, warn, fail] = c.verdicts[i];
            let summary = tf(
                locale,
                R::SmartCounts,
                &[("pass", &pass), ("warn", &warn), ("fail", &fail)],
            );
            let cells: Vec<Entry> = c.goals[i]
                .iter()
                .map(|g| Entry {
                    text: if g.title.trim().is_empty() {
                        t(locale, R::MergeUnnamed).to_string()
                    } else {
                        g.title.trim().to_string()
                    },
                    badge: None,
                    note: Some(format!(
                        "{} · {}",
                        metric_name(locale, g.metric),
                        verdict_name(locale, g.verdict)
                    )),
                    verdict: Some(g.verdict),
                })
                .collect();
            let mut group = vec![plain(summary, None)];
            group.extend(cells);
            vec![(t(locale, R::Goals).to_string(), group)]
        }),
    };
    let team = StepBlock {
        step: Step::Team,
        lists: vec![list(locale, c, R::TeamModel, &c.models, |t| {
            model_name(locale, t.key).to_string()
        })],
        columns: columns(&|i| {
            let entry = c.team_models[i].map(|m| {
                plain(
                    model_name(locale, m).to_string(),
                    shared(locale, c.models.iter().find(|t| t.key == m), of),
                )
            });
            vec![(
                t(locale, R::TeamModel).to_string(),
                or_nothing(entry.into_iter().collect()),
            )]
        }),
    };
    let content = StepBlock {
        step: Step::Content,
        lists: vec![list(locale, c, R::Themes, &c.theme_keys, |t| {
            theme_label(locale, &t.key, &t.label)
        })],
        columns: columns(&|i| {
            let themes: Vec<Entry> = c.themes[i]
                .iter()
                .map(|cell| Entry {
                    text: theme_label(locale, &cell.key, &cell.name),
                    badge: shared(locale, c.theme_keys.iter().find(|t| t.key == cell.key), of),
                    note: cell.share.map(|s| format!("{s}%")),
                    verdict: None,
                })
                .collect();
            let count = &c.calendars[i];
            let calendar = tf(
                locale,
                R::CalendarCount,
                &[("items", &count.items), ("platforms", &count.platforms)],
            );
            let mut calendar = vec![plain(calendar, None)];
            calendar.extend(
                ItemStatus::ALL
                    .iter()
                    .zip(count.by_status)
                    .filter(|(_, n)| *n > 0)
                    .map(|(status, n)| Entry {
                        text: status_name(locale, *status).to_string(),
                        badge: None,
                        note: Some(n.to_string()),
                        verdict: None,
                    }),
            );
            vec![
                (t(locale, R::Themes).to_string(), or_nothing(themes)),
                (t(locale, R::Calendar).to_string(), calendar),
            ]
        }),
    };
    vec![strategy, personas, voice, goals, team, content]
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::model::workshop::compare::compare;
    use crate::model::Plan;

    fn plan(personas: &[&str]) -> Plan {
        let now = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        let mut plan = Plan::new("p", "P", "O", now);
        plan.personas.clear();
        for name in personas {
            let persona = crate::model::Persona {
                id: plan.allocate_id(),
                name: (*name).to_string(),
                ..Default::default()
            };
            plan.personas.push(persona);
        }
        plan
    }

    #[test]
    fn shared_choices_carry_a_badge_and_single_ones_do_not() {
        let a = plan(&["Student", "Parent"]);
        let b = plan(&["student ", "Teacher"]);
        let c = plan(&["Student"]);
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let comparison = compare(&[("A", &a), ("B", &b), ("C", &c)], today);
        let blocks = step_blocks(Locale::En, &comparison);
        assert_eq!(blocks.len(), 6);
        let personas = &blocks[1];
        assert_eq!(personas.step, Step::Personas);
        let first = &personas.lists[0].lines[0];
        assert_eq!(first.label, "Student");
        assert_eq!(first.badge.text, "all tables");
        assert_eq!(first.tables, "A, B, C");
        let b_column = &personas.columns[1].groups[0].1;
        assert_eq!(b_column[0].text, "student");
        assert_eq!(b_column[0].badge.as_ref().unwrap().text, "all tables");
        assert_eq!(b_column[1].text, "Teacher");
        assert!(b_column[1].badge.is_none());
        let zh = step_blocks(Locale::ZhCn, &comparison);
        let parent = zh[1].lists[0]
            .lines
            .iter()
            .find(|l| l.label == "Parent")
            .unwrap();
        assert_eq!(parent.badge.text, "3 组中 1 组");
    }

    #[test]
    fn a_table_without_choices_says_nothing_yet() {
        let a = plan(&[]);
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let comparison = compare(&[("A", &a)], today);
        let blocks = step_blocks(Locale::En, &comparison);
        for block in &blocks {
            assert_eq!(block.columns.len(), 1);
            assert!(block.columns[0].groups.iter().all(|(_, e)| !e.is_empty()));
        }
        assert_eq!(blocks[1].columns[0].groups[0].1[0].text, "nothing yet");
    }

    #[test]
    fn calendars_are_counted_with_their_statuses() {
        let mut a = plan(&[]);
        for _ in 0..2 {
            let item = crate::model::CalendarItem {
                id: a.allocate_id(),
                status: ItemStatus::ALL[0],
                ..Default::default()
            };
            a.content.calendar.push(item);
        }
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let comparison = compare(&[("A", &a)], today);
        let blocks = step_blocks(Locale::En, &comparison);
        let (_, calendar) = &blocks[5].columns[0].groups[1];
        assert_eq!(calendar[0].text, "2 items on 0 platforms");
        assert_eq!(
            calendar[1].text,
            status_name(Locale::En, ItemStatus::ALL[0])
        );
        assert_eq!(calendar[1].note.as_deref(), Some("2"));
        assert_eq!(calendar.len(), 2);
    }
}
