//! The calendar exports checked by independent readers: the `.ics` by Python's `icalendar`
//! package (through `scripts/check_ics.py`, installed by `scripts/setup.sh`), the CSV by reading
//! it back field by field.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde_json::Value;
use social_playbook::i18n::Locale;
use social_playbook::io::ics::{calendar_csv, calendar_ics, CalendarColumn, CSV_BOM};
use social_playbook::model::{CalendarItem, Format, Plan, Platform, PlatformKind, Theme};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const AWKWARD_TITLE: &str = "春节🧧 特辑, 第1期; 上\\下";
const AWKWARD_BRIEF: &str = "第一行, 有逗号; 有分号\n第二行 \\ 反斜杠 😀\r\n第三行";

fn awkward_plan() -> Plan {
    let mut plan = Plan::new(
        "plan-7f3a",
        "山城咖啡, 2027; \"新年\"",
        "",
        DateTime::<Utc>::default(),
    );
    plan.strategy.platforms.push(Platform {
        id: 3,
        kind: PlatformKind::Xiaohongshu,
        ..Platform::default()
    });
    plan.content.themes.push(Theme {
        id: 4,
        name: "节日, 限定".into(),
        ..Theme::default()
    });
    let long_title = "很长的标题".repeat(30);
    plan.content.calendar = vec![
        CalendarItem {
            id: 11,
            date: d(2027, 2, 6),
            time: None,
            platform: Some(3),
            theme: Some(4),
            format: Some(Format::ShortVideo),
            title: AWKWARD_TITLE.into(),
            brief: AWKWARD_BRIEF.into(),
            ..CalendarItem::default()
        },
        CalendarItem {
            id: 12,
            date: d(2027, 12, 31),
            time: NaiveTime::from_hms_opt(23, 45, 0),
            platform: Some(3),
            title: long_title,
            brief: "x".repeat(200),
            ..CalendarItem::default()
        },
        CalendarItem {
            id: 13,
            date: d(2028, 2, 29),
            time: NaiveTime::from_hms_opt(9, 0, 0),
            theme: Some(4),
            format: Some(Format::Qa),
            ..CalendarItem::default()
        },
    ];
    plan
}

fn tools_dir() -> PathBuf {
    match std::env::var_os("SOCIAL_PLAYBOOK_TOOLS") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(std::env::var_os("HOME").expect("HOME is set"))
            .join(".cache/social-playbook-tools"),
    }
}

/// Runs `scripts/check_ics.py` on `ics` and returns its JSON summary; panics with a hint when
/// the checker is not installed.
fn parse_with_icalendar(ics: &str, name: &str) -> Value {
    let python = tools_dir().join("py/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/setup.sh to install the icalendar checker",
        python.display()
    );
    let file =
        std::env::temp_dir().join(format!("social-playbook-{}-{name}.ics", std::process::id()));
    std::fs::write(&file, ics).expect("the temp file is writable");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/check_ics.py");
    let output = Command::new(&python)
        .arg(&script)
        .arg(&file)
        .output()
        .expect("the checker runs");
    let _ = std::fs::remove_file(&file);
    assert!(
        output.status.success(),
        "check_ics.py failed ({}): {} (run scripts/setup.sh if icalendar is missing)",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the checker prints JSON")
}

#[test]
fn icalendar_reads_every_field_back_as_written() {
    let plan = awkward_plan();
    let stamp = d(2026, 11, 26).and_hms_opt(21, 0, 0).unwrap();
    let ics = calendar_ics(&plan, Locale::ZhCn, stamp);
    let parsed = parse_with_icalendar(&ics, "zh");

    assert_eq!(parsed["calendar"]["version"], "2.0");
    assert_eq!(parsed["calendar"]["method"], "PUBLISH");
    assert_eq!(parsed["calendar"]["calscale"], "GREGORIAN");
    assert_eq!(parsed["calendar"]["name"], plan.name.as_str());
    assert!(parsed["max_line_octets"].as_u64().unwrap() <= 75);
    assert_eq!(parsed["crlf_only"], true);

    let events = parsed["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);

    let festive = &events[0];
    assert_eq!(festive["uid"], "item-11-plan-plan-7f3a@social-playbook");
    assert_eq!(festive["summary"], AWKWARD_TITLE);
    assert_eq!(festive["all_day"], true);
    assert_eq!(festive["dtstart"], "2027-02-06");
    assert_eq!(festive["dtend"], "2027-02-07");
    assert_eq!(festive["status"], "TENTATIVE");
    let description = festive["description"].as_str().unwrap();
    let brief = AWKWARD_BRIEF.replace("\r\n", "\n");
    assert!(
        description.starts_with(&format!("{brief}\n\n")),
        "{description:?}"
    );
    assert!(description.contains("平台：小红书"), "{description:?}");
    assert!(description.contains("主题：节日, 限定"), "{description:?}");
    assert!(description.contains("形式：短视频"), "{description:?}");
    assert_eq!(
        festive["categories"],
        serde_json::json!(["节日, 限定", "小红书"])
    );

    let late = &events[1];
    assert_eq!(late["summary"], "很长的标题".repeat(30).as_str());
    assert_eq!(late["all_day"], false);
    assert_eq!(late["dtstart"], "2027-12-31T23:45:00");
    assert_eq!(late["dtend"], "2028-01-01T00:45:00");

    let untitled = &events[2];
    assert_eq!(untitled["dtstart"], "2028-02-29T09:00:00");
    assert_eq!(untitled["summary"], "节日, 限定 · 问答");
}

#[test]
fn icalendar_reads_the_english_export_and_uids_do_not_change_with_language() {
    let plan = awkward_plan();
    let stamp = d(2026, 11, 26).and_hms_opt(21, 0, 0).unwrap();
    let zh = parse_with_icalendar(&calendar_ics(&plan, Locale::ZhCn, stamp), "uid-zh");
    let en = parse_with_icalendar(&calendar_ics(&plan, Locale::En, stamp), "uid-en");
    let uids = |v: &Value| -> Vec<String> {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(uids(&zh), uids(&en));
    let description = en["events"][0]["description"].as_str().unwrap();
    assert!(
        description.contains("Platform: Xiaohongshu"),
        "{description:?}"
    );
    assert!(
        description.contains("Format: Short video"),
        "{description:?}"
    );
}

/// Reads RFC 4180 text the way a spreadsheet does (quotes, doubled quotes, CRLF inside quotes).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "a bare CR ends a row"),
            (false, '\n') => panic!("a bare LF ends a row"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the file ends with CRLF"
    );
    rows
}

#[test]
fn csv_reads_back_field_for_field() {
    let plan = awkward_plan();
    let csv = calendar_csv(&plan, Locale::ZhCn);
    let body = csv
        .strip_prefix(CSV_BOM)
        .expect("the CSV starts with a BOM");
    let rows = read_csv(body);
    assert_eq!(rows.len(), 4);
    let header: Vec<&str> = CalendarColumn::ALL
        .iter()
        .map(|c| c.name(Locale::ZhCn))
        .collect();
    assert_eq!(rows[0], header);
    assert_eq!(
        rows[1][..7],
        [
            "2027-02-06",
            "",
            "小红书",
            "节日, 限定",
            "短视频",
            AWKWARD_TITLE,
            AWKWARD_BRIEF
        ]
    );
    assert_eq!(rows[2][0], "2027-12-31");
    assert_eq!(rows[2][1], "23:45");
    assert_eq!(rows[3][0], "2028-02-29");
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn python_csv_reader_agrees() {
    let python = tools_dir().join("py/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/setup.sh",
        python.display()
    );
    let plan = awkward_plan();
    let csv = calendar_csv(&plan, Locale::En);
    let file = std::env::temp_dir().join(format!("social-playbook-{}.csv", std::process::id()));
    std::fs::write(&file, &csv).unwrap();
    let output = Command::new(&python)
        .args([
            "-c",
            "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))",
        ])
        .arg(&file)
        .output()
        .expect("python runs");
    let _ = std::fs::remove_file(&file);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows: Vec<Vec<String>> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][0], "Date");
    assert_eq!(rows[1][5], AWKWARD_TITLE);
    assert_eq!(rows[1][6], AWKWARD_BRIEF);
    assert_eq!(rows[1][3], "节日, 限定");
}
