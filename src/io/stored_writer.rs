//! Stored copies of the open plan, written again after every pause in typing: the same text as
//! [`encode_stored`](super::envelope::encode_stored), but each section's JSON is kept with the
//! value it was made from and made again only when that value changed. A keystroke in a large
//! plan then serialises one field's section, not two thousand calendar items; lists of records
//! (personas, goals, the calendar) are kept per record, so moving one calendar item rewrites one.
//!
//! The text comes as [`Segment`]s, each kept section or record numbered, so that the browser's
//! side can keep its own copy of every piece and join them without decoding them again.
//!
//! The text is assembled in the order the derived serialisers use; a test holds it to
//! `encode_stored` for the worked examples and for edits of every section, so a field added to
//! the plan without being added here fails at once.
//!
//! Must not import leptos, web-sys, gloo or wasm-bindgen.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::envelope::{timestamp, APP_VERSION, FORMAT};
use crate::model::{
    CalendarItem, Goal, Persona, Plan, PlatformFormats, Strategy, StyleRules, Team, Theme, Voice,
    SCHEMA_VERSION,
};

/// A value and its JSON text, numbered so that a copy of the text kept elsewhere (the browser's
/// own string) can be matched to it.
struct Written<T> {
    value: T,
    text: String,
    serial: u64,
}

impl<T: Clone + Serialize> Written<T> {
    fn of(value: &T, serial: &mut u64) -> Self {
        *serial += 1;
        Written {
            value: value.clone(),
            text: json(value),
            serial: *serial,
        }
    }

    fn segment(&self) -> Segment<'_> {
        Segment {
            text: Cow::Borrowed(&self.text),
            serial: Some(self.serial),
        }
    }
}

/// The serial of the comma between records (records are numbered from 1).
const COMMA: u64 = 0;

/// A piece of a stored copy's text. A piece with a `serial` is the same text for as long as that
/// serial comes back; one without is made anew each time (keys, ids, times).
#[derive(Clone, Debug, PartialEq)]
pub struct Segment<'a> {
    pub text: Cow<'a, str>,
    pub serial: Option<u64>,
}

impl Segment<'_> {
    fn fresh(text: impl Into<String>) -> Segment<'static> {
        Segment {
            text: Cow::Owned(text.into()),
            serial: None,
        }
    }
}

/// One value's text, made again only when the value changed.
struct Part<T>(Option<Written<T>>);

impl<T> Default for Part<T> {
    fn default() -> Self {
        Part(None)
    }
}

impl<T: Clone + PartialEq + Serialize> Part<T> {
    fn refresh(&mut self, value: &T, serial: &mut u64) {
        match &mut self.0 {
            Some(written) if written.value == *value => {}
            slot => *slot = Some(Written::of(value, serial)),
        }
    }

    fn segments<'a>(&'a self, out: &mut Vec<Segment<'a>>) {
        out.extend(self.0.as_ref().map(Written::segment));
    }
}

/// A list's text, each item made again only when the item at its place changed.
struct ListPart<T>(Vec<Written<T>>);

impl<T> Default for ListPart<T> {
    fn default() -> Self {
        ListPart(Vec::new())
    }
}

impl<T: Clone + PartialEq + Serialize> ListPart<T> {
    fn refresh(&mut self, items: &[T], serial: &mut u64) {
        self.0.truncate(items.len());
        for (index, item) in items.iter().enumerate() {
            match self.0.get_mut(index) {
                Some(written) if written.value == *item => {}
                Some(written) => *written = Written::of(item, serial),
                None => self.0.push(Written::of(item, serial)),
            }
        }
    }

    fn segments<'a>(&'a self, out: &mut Vec<Segment<'a>>) {
        out.push(Segment::fresh("["));
        for (index, written) in self.0.iter().enumerate() {
            if index > 0 {
                out.push(Segment {
                    text: Cow::Borrowed(","),
                    serial: Some(COMMA),
                });
            }
            out.push(written.segment());
        }
        out.push(Segment::fresh("]"));
    }
}

/// Compact JSON of a value. The plan's types have only string keys and plain values, so this
/// cannot fail.
fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("plan values always serialize")
}

/// `"name":`, after a comma unless it opens its object.
fn key(name: &str, first: bool) -> Segment<'static> {
    let comma = if first { "" } else { "," };
    Segment::fresh(format!("{comma}\"{name}\":"))
}

/// Writes the stored copies of plans, keeping the sections' texts between writes.
#[derive(Default)]
pub struct StoredWriter {
    strategy: Part<Strategy>,
    personas: ListPart<Persona>,
    voice: Part<Voice>,
    goals: ListPart<Goal>,
    team: Part<Team>,
    themes: Part<Vec<Theme>>,
    formats: Part<Vec<PlatformFormats>>,
    custom_formats: Part<Vec<String>>,
    style: Part<StyleRules>,
    calendar: ListPart<CalendarItem>,
    /// The last serial handed out.
    serial: u64,
}

impl StoredWriter {
    /// The stored copy of `plan` as revision `revision`, saved and updated at `now`.
    pub fn write(&mut self, plan: &Plan, revision: u64, now: DateTime<Utc>) -> String {
        self.refresh(plan);
        self.segments(plan, revision, now)
            .iter()
            .map(|segment| segment.text.as_ref())
            .collect()
    }

    /// Makes the texts of the sections of `plan` that changed since the last call.
    pub fn refresh(&mut self, plan: &Plan) {
        let serial = &mut self.serial;
        self.strategy.refresh(&plan.strategy, serial);
        self.personas.refresh(&plan.personas, serial);
        self.voice.refresh(&plan.voice, serial);
        self.goals.refresh(&plan.goals, serial);
        self.team.refresh(&plan.team, serial);
        self.themes.refresh(&plan.content.themes, serial);
        self.formats.refresh(&plan.content.formats, serial);
        self.custom_formats
            .refresh(&plan.content.custom_formats, serial);
        self.style.refresh(&plan.content.style, serial);
        self.calendar.refresh(&plan.content.calendar, serial);
    }

    /// The stored copy of `plan` (revision `revision`, saved and updated at `now`) in pieces
    /// that join to its text. Call [`StoredWriter::refresh`] with the same plan first.
    pub fn segments(&self, plan: &Plan, revision: u64, now: DateTime<Utc>) -> Vec<Segment<'_>> {
        let mut out = vec![
            Segment::fresh("{"),
            key("format", true),
            Segment::fresh(json(FORMAT)),
            key("version", false),
            Segment::fresh(SCHEMA_VERSION.to_string()),
            key("app_version", false),
            Segment::fresh(json(APP_VERSION)),
            key("revision", false),
            Segment::fresh(revision.to_string()),
            key("saved_at", false),
            Segment::fresh(json(&timestamp(now))),
            key("plan", false),
            Segment::fresh("{"),
            key("id", true),
            Segment::fresh(json(&plan.id)),
            key("name", false),
            Segment::fresh(json(&plan.name)),
            key("organisation", false),
            Segment::fresh(json(&plan.organisation)),
            key("created_at", false),
            Segment::fresh(json(&plan.created_at)),
            key("updated_at", false),
            Segment::fresh(json(&now)),
            key("next_id", false),
            Segment::fresh(plan.next_id.to_string()),
            key("strategy", false),
        ];
        self.strategy.segments(&mut out);
        out.push(key("personas", false));
        self.personas.segments(&mut out);
        out.push(key("voice", false));
        self.voice.segments(&mut out);
        out.push(key("goals", false));
        self.goals.segments(&mut out);
        out.push(key("team", false));
        self.team.segments(&mut out);
        out.push(key("content", false));
        out.push(Segment::fresh("{"));
        out.push(key("themes", true));
        self.themes.segments(&mut out);
        out.push(key("formats", false));
        self.formats.segments(&mut out);
        out.push(key("custom_formats", false));
        self.custom_formats.segments(&mut out);
        out.push(key("style", false));
        self.style.segments(&mut out);
        out.push(key("calendar", false));
        self.calendar.segments(&mut out);
        out.push(Segment::fresh("}"));
        if let Some(tag) = &plan.workshop {
            out.push(key("workshop", false));
            out.push(Segment::fresh(json(tag)));
        }
        out.push(Segment::fresh("}}"));
        out
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;
    use crate::io::envelope::encode_stored;
    use crate::model::examples::{example_plan, Example};
    use crate::model::workshop::tag::WorkshopTag;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 9, 10, 30, 0).unwrap()
    }

    /// What `encode_stored` writes for `plan` saved at `at` (the copy's `updated_at` is `at`).
    fn expected(plan: &Plan, revision: u64, at: DateTime<Utc>) -> String {
        let mut copy = plan.clone();
        copy.updated_at = at;
        encode_stored(&copy, revision, at)
    }

    #[test]
    fn writes_what_the_derived_serialisers_write_for_every_example() {
        for example in Example::ALL {
            for chinese in [false, true] {
                let plan = example_plan(example, chinese, "p-1", now());
                let text = StoredWriter::default().write(&plan, 3, now());
                assert_eq!(
                    text,
                    expected(&plan, 3, now()),
                    "{example:?}, chinese {chinese}"
                );
            }
        }
    }

    #[test]
    fn an_empty_plan_and_a_workshop_table_are_written_alike() {
        let mut plan = Plan::new("p-2", "Plan \"quoted\"", "Shop", now());
        let mut writer = StoredWriter::default();
        assert_eq!(writer.write(&plan, 1, now()), expected(&plan, 1, now()));
        plan.workshop = Some(WorkshopTag {
            session_id: "s-1".into(),
            session_name: "Spring".into(),
            table: "Table 2".into(),
            joined_at: now(),
            agenda: None,
            origins: Vec::new(),
        });
        assert_eq!(writer.write(&plan, 2, now()), expected(&plan, 2, now()));
    }

    #[test]
    fn every_edit_in_a_row_is_written_as_a_fresh_write_would() {
        let mut plan = example_plan(Example::Manufacturer, false, "p-3", now());
        let mut writer = StoredWriter::default();
        let mut at = now();
        let edits: Vec<fn(&mut Plan)> = vec![
            |p| p.strategy.vision.push_str(" More."),
            |p| p.personas[0].name = "Renamed".into(),
            |p| {
                p.personas.pop();
            },
            |p| {
                let first = p.personas[0].clone();
                p.personas.push(first);
            },
            |p| p.voice.forbidden_claims.push("Best ever".into()),
            |p| p.goals[1].title.push('!'),
            |p| p.goals.reverse(),
            |p| p.team.people.clear(),
            |p| p.content.themes[0].name.push_str(" (new)"),
            |p| p.content.custom_formats.push("Live".into()),
            |p| p.content.calendar[2].title = "Moved".into(),
            |p| {
                p.content.calendar.remove(0);
            },
            |p| p.content.calendar.truncate(1),
            |p| p.content.calendar.clear(),
            |p| p.name = "Renamed plan".into(),
            |p| p.next_id += 5,
        ];
        for (n, edit) in edits.iter().enumerate() {
            edit(&mut plan);
            at += Duration::seconds(1);
            let revision = n as u64 + 1;
            assert_eq!(
                writer.write(&plan, revision, at),
                expected(&plan, revision, at),
                "after edit {n}"
            );
        }
    }

    #[test]
    fn one_writer_serves_several_plans_in_turn() {
        let cafe = example_plan(Example::Cafe, true, "p-4", now());
        let school = example_plan(Example::School, false, "p-5", now());
        let mut writer = StoredWriter::default();
        for plan in [&cafe, &school, &cafe] {
            assert_eq!(writer.write(plan, 9, now()), expected(plan, 9, now()));
        }
    }

    #[test]
    fn a_serial_always_stands_for_the_same_text_and_only_changed_records_get_new_ones() {
        let mut plan = example_plan(Example::Cafe, false, "p-6", now());
        let mut writer = StoredWriter::default();
        writer.refresh(&plan);
        let before: std::collections::HashMap<u64, String> = writer
            .segments(&plan, 1, now())
            .into_iter()
            .filter_map(|s| Some((s.serial?, s.text.into_owned())))
            .collect();
        plan.content.calendar[1].title.push_str(" (moved)");
        writer.refresh(&plan);
        let after = writer.segments(&plan, 2, now());
        let mut renewed = 0;
        for segment in &after {
            let Some(serial) = segment.serial else {
                continue;
            };
            match before.get(&serial) {
                Some(text) => assert_eq!(text, &segment.text),
                None => renewed += 1,
            }
        }
        assert_eq!(renewed, 1, "only the edited calendar item is written again");
        let joined: String = after.iter().map(|s| s.text.as_ref()).collect();
        assert_eq!(joined, expected(&plan, 2, now()));
    }
}
