//! A workshop record's stored text, given up as soon as it is longer than any browser's local
//! storage holds ([`STORAGE_CEILING_UNITS`]): at once when the lengths its rows' readings found
//! already add up to more, otherwise at the first row that passes it. Forty large hand-ins are
//! a text of tens of megabytes: writing all of it, counting it and only then refusing it took a
//! fifth of a second.
//!
//! The text is the record's serde JSON, exactly: the test below holds the two together.

use crate::model::workshop::WorkshopRecord;

use super::storage_limit::{utf16_units, STORAGE_CEILING_UNITS};

/// The record as compact JSON, or `None` when no browser could store it.
pub fn stored_text(record: &WorkshopRecord) -> Result<Option<String>, serde_json::Error> {
    let collection = &record.collection;
    let known: usize = collection.rows.iter().map(|row| row.plan_units.0).sum();
    if known > STORAGE_CEILING_UNITS {
        return Ok(None);
    }
    let mut text = String::from("{\"session\":");
    text.push_str(&serde_json::to_string(&record.session)?);
    text.push_str(",\"collection\":{\"session_id\":");
    text.push_str(&serde_json::to_string(&collection.session_id)?);
    text.push_str(",\"rows\":[");
    let mut units = utf16_units(text.as_bytes());
    for (index, row) in collection.rows.iter().enumerate() {
        if index > 0 {
            text.push(',');
            units += 1;
        }
        let row = serde_json::to_string(row)?;
        units += utf16_units(row.as_bytes());
        if units > STORAGE_CEILING_UNITS {
            return Ok(None);
        }
        text.push_str(&row);
    }
    let end = format!("],\"next_number\":{}}}}}", collection.next_number);
    units += utf16_units(end.as_bytes());
    text.push_str(&end);
    Ok((units <= STORAGE_CEILING_UNITS).then_some(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::{example_plan, Example};
    use crate::model::workshop::collect::LengthHint;
    use crate::model::workshop::{Reading, Received, Session, WorkshopTag};
    use crate::model::Plan;
    use chrono::{DateTime, TimeZone, Utc};

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 8, 9, 30, 0).unwrap()
    }

    /// A row's plan: an example handed in by table 组1 of the session.
    fn handed_in(example: Example) -> Plan {
        let mut plan = example_plan(example, true, "p1", at());
        plan.workshop = Some(WorkshopTag {
            session_id: "s1".into(),
            session_name: "Spring".into(),
            table: "组1".into(),
            joined_at: at(),
            agenda: None,
            origins: Vec::new(),
        });
        plan
    }

    /// A record of session `s1` with one row per source, each holding a blank plan of another
    /// session (the rows' length then grows only with their sources).
    fn record_with(sources: &[String]) -> WorkshopRecord {
        let mut record = WorkshopRecord::new(Session {
            id: "s1".into(),
            name: "Spring \"market\" 春季".into(),
            tables: vec!["组1".into(), "Table 2".into()],
            ..Session::default()
        });
        for source in sources {
            let received = Received {
                source: source.clone(),
                bytes: 2_000,
                reading: Reading::Plan(Box::new(Plan::new("p", "", "", at()))),
                plan_units: 0,
            };
            record.collection.add(received, at());
        }
        record
    }

    #[test]
    fn the_text_is_the_records_serde_json() {
        for record in [
            WorkshopRecord::default(),
            record_with(&[]),
            record_with(&["a.json".into()]),
            record_with(&["组1.json".into(), "🦌 table 2.json".into(), "c".into()]),
        ] {
            let expected = serde_json::to_string(&record).unwrap();
            assert_eq!(stored_text(&record).unwrap(), Some(expected));
        }
        let mut record = record_with(&["a".into()]);
        record.collection.next_number = 1_000_000;
        for example in Example::ALL {
            let plan = handed_in(example);
            let received = Received {
                source: "组1.json".into(),
                bytes: 2_000,
                plan_units: units_of(&plan),
                reading: Reading::Plan(Box::new(plan)),
            };
            record.collection.add(received, at());
        }
        let expected = serde_json::to_string(&record).unwrap();
        assert_eq!(stored_text(&record).unwrap(), Some(expected));
    }

    fn units_of(plan: &Plan) -> usize {
        serde_json::to_string(plan).unwrap().encode_utf16().count()
    }

    #[test]
    fn rows_known_to_be_too_long_are_refused_without_writing_them() {
        let mut record = record_with(&[]);
        let mut plan = handed_in(Example::Cafe);
        plan.strategy.vision = "鹿".repeat(STORAGE_CEILING_UNITS / 8);
        let units = units_of(&plan);
        let rows = STORAGE_CEILING_UNITS / units;
        for n in 0..rows {
            let received = Received {
                source: format!("{n}.json"),
                bytes: 2_000,
                plan_units: units,
                reading: Reading::Plan(Box::new(Plan {
                    name: format!("v{n}"),
                    ..plan.clone()
                })),
            };
            record.collection.add(received, at());
        }
        // Rows' lengths within the ceiling: written, and as long as the rows say.
        let text = stored_text(&record).unwrap().expect("within the ceiling");
        assert!(text.encode_utf16().count() > rows * units);
        // One more such row puts what the readings found past it: refused before writing.
        let mut over = record.clone();
        let received = Received {
            source: "last.json".into(),
            bytes: 2_000,
            plan_units: units,
            reading: Reading::Plan(Box::new(plan)),
        };
        over.collection.add(received, at());
        assert_eq!(stored_text(&over).unwrap(), None);
        // What the readings found is taken at its word: nothing is written to check it.
        let mut small = record_with(&["a".into(), "b".into()]);
        for row in &mut small.collection.rows {
            row.plan_units = LengthHint(STORAGE_CEILING_UNITS / 2 + 1);
        }
        assert_eq!(stored_text(&small).unwrap(), None);
    }

    /// A record whose text is `extra` units longer than the ceiling, its rows' sources padded
    /// with `fill` (one or two units each).
    fn record_at_ceiling(extra: isize, fill: &str, rows: usize) -> WorkshopRecord {
        let short = record_with(&vec![String::new(); rows]);
        let length = serde_json::to_string(&short)
            .unwrap()
            .encode_utf16()
            .count();
        let wanted = STORAGE_CEILING_UNITS as isize + extra - length as isize;
        let fill_units = fill.encode_utf16().count() as isize;
        let mut sources = vec![String::new(); rows];
        let mut left = wanted;
        for source in sources.iter_mut() {
            let n = (wanted / rows as isize / fill_units).min(left / fill_units);
            *source = fill.repeat(n as usize);
            left -= n * fill_units;
        }
        sources[rows - 1].push_str(&"x".repeat(left as usize));
        let record = record_with(&sources);
        let length = serde_json::to_string(&record)
            .unwrap()
            .encode_utf16()
            .count();
        assert_eq!(length as isize, STORAGE_CEILING_UNITS as isize + extra);
        record
    }

    #[test]
    fn the_ceiling_is_counted_in_units_whichever_row_passes_it() {
        for (fill, rows) in [("x", 1), ("鹿", 3)] {
            let at = record_at_ceiling(0, fill, rows);
            assert_eq!(
                stored_text(&at).unwrap(),
                Some(serde_json::to_string(&at).unwrap()),
                "{fill} × {rows}"
            );
            let over = record_at_ceiling(1, fill, rows);
            assert_eq!(stored_text(&over).unwrap(), None, "{fill} × {rows}");
        }
    }

    #[test]
    fn a_ceiling_passed_by_the_last_characters_is_seen() {
        // Rows within the ceiling, the closing characters past it.
        let at = record_at_ceiling(0, "x", 2);
        let mut over = at.clone();
        over.collection.next_number *= 10;
        assert_eq!(stored_text(&over).unwrap(), None);
    }
}
