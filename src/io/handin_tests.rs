//! Tests of hand-ins: file names, the text, and every kind of input the facilitator receives.

use chrono::TimeZone;

use super::*;
use crate::io::envelope::share_json;
use crate::io::import::import_text;
use crate::model::workshop::{Collection, Status};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 14, 11, 0, 0).unwrap()
}

fn tag(session_name: &str, table: &str) -> WorkshopTag {
    WorkshopTag {
        session_id: "s1".into(),
        session_name: session_name.into(),
        table: table.into(),
        joined_at: now(),
        agenda: None,
        origins: Vec::new(),
    }
}

fn plan(table: &str) -> Plan {
    let mut plan = Plan::new(format!("p-{table}"), "小组规划", "", now());
    plan.workshop = Some(tag("2026 春季工作坊", table));
    plan
}

fn ready(unpacked: Unpacked) -> Received {
    match unpacked {
        Unpacked::Ready(received) => received,
        Unpacked::Inflate { .. } => panic!("expected a finished reading"),
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(path).expect("fixture exists")
}

#[test]
fn file_names_carry_session_and_table_and_keep_chinese() {
    assert_eq!(
        handin_file_name(&tag("2026 春季工作坊", "组1")),
        "2026-春季工作坊-组1.json"
    );
    assert_eq!(
        handin_file_name(&tag("Spring Workshop", "Table 3")),
        "spring-workshop-table-3.json"
    );
    assert_eq!(
        handin_file_name(&tag(r#"a/b\c:d*e?"<>|"#, "组\u{202e}1")),
        "a-b-c-d-e-组-1.json"
    );
    assert_eq!(handin_file_name(&tag(" / ", "..")), "plan-plan.json");
    let long = handin_file_name(&tag(&"坊".repeat(60), &"组".repeat(24)));
    assert!(long.len() < 255, "{} bytes", long.len());
}

#[test]
fn the_hand_in_is_an_ordinary_plan_file() {
    let plan = plan("组1");
    let text = handin_text(&plan, now());
    let preview = import_text(&text).unwrap();
    assert_eq!(preview.plan, plan);
    assert!(preview.warnings.is_empty());
    let received = ready(unpack("2026-春季工作坊-组1.json", text.as_bytes()));
    let stored = serde_json::to_string(&plan).unwrap();
    assert_eq!(received.reading, Reading::Plan(Box::new(plan)));
    assert_eq!(received.bytes, text.len());
    assert_eq!(received.plan_units, stored.encode_utf16().count());
}

#[test]
fn each_bad_input_gets_its_own_reason() {
    let cases: Vec<(&str, Vec<u8>, Reading)> = vec![
        (
            "empty.json",
            fixture("empty.json"),
            Reading::Damaged(Damage::Empty),
        ),
        (
            "binary.bin",
            fixture("binary.bin"),
            Reading::Damaged(Damage::NotText),
        ),
        (
            "gbk.json",
            fixture("gbk-encoded.json"),
            Reading::Damaged(Damage::NotText),
        ),
        (
            "other-app.json",
            fixture("other-app.json"),
            Reading::Damaged(Damage::NotAPlan),
        ),
        (
            "bare-plan.json",
            fixture("bare-plan.json"),
            Reading::Damaged(Damage::NotAPlan),
        ),
        (
            "newer.json",
            fixture("newer-version.json"),
            Reading::NewerVersion {
                found: 2,
                supported: 1,
            },
        ),
        (
            "ids.json",
            fixture("duplicate-ids.json"),
            Reading::Damaged(Damage::DuplicateId { id: 3 }),
        ),
        (
            "note.txt",
            b"see you at 3pm".to_vec(),
            Reading::Damaged(Damage::Broken { line: 1, column: 1 }),
        ),
    ];
    for (source, bytes, expected) in cases {
        let received = ready(unpack(source, &bytes));
        match (&received.reading, &expected) {
            (Reading::NewerVersion { .. }, Reading::NewerVersion { .. }) => {}
            (
                Reading::Damaged(Damage::DuplicateId { .. }),
                Reading::Damaged(Damage::DuplicateId { .. }),
            ) => {}
            _ => assert_eq!(received.reading, expected, "{source}"),
        }
        assert_eq!(received.source, source);
    }
    // A cut file says where it stops.
    let text = handin_text(&plan("组1"), now());
    let cut = &text[..text.len() / 2];
    assert!(matches!(
        ready(unpack("cut.json", cut.as_bytes())).reading,
        Reading::Damaged(Damage::Broken { .. })
    ));
    // Every fixture reads without a panic into some reading.
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).unwrap()
    {
        let path = entry.unwrap().path();
        let _ = unpack(path.display().to_string(), &std::fs::read(&path).unwrap());
    }
}

#[test]
fn a_five_megabyte_paste_is_refused_unread() {
    let huge = vec![b'{'; MAX_INPUT_BYTES + 1];
    let received = ready(unpack("Pasted text 1", &huge));
    assert_eq!(received.reading, Reading::TooLarge);
    assert_eq!(received.bytes, MAX_INPUT_BYTES + 1);
}

#[test]
fn a_join_link_is_not_a_hand_in() {
    for text in [
        "#join=v1.abc",
        "https://example.org/playbook/#join=v1.AAAA",
        "加入链接：https://example.org/#join=v1.AAAA 请扫码",
    ] {
        assert_eq!(
            ready(unpack("Pasted text", text.as_bytes())).reading,
            Reading::Damaged(Damage::JoinLink),
            "{text}"
        );
    }
}

#[test]
fn a_share_link_is_inflated_by_the_browser_then_read() {
    let plan = plan("组4");
    let deflated = miniz_oxide::deflate::compress_to_vec(share_json(&plan, now()).as_bytes(), 6);
    let link = format!(
        "我们组的规划：https://example.org/playbook/{} 谢谢",
        share::fragment_for(&deflated)
    );
    let Unpacked::Inflate {
        source,
        bytes,
        deflated: got,
    } = unpack("Pasted text 2", link.as_bytes())
    else {
        panic!("a share link needs inflating");
    };
    assert_eq!(got, deflated);
    assert_eq!(bytes, link.len());
    let inflated = miniz_oxide::inflate::decompress_to_vec(&got).map_err(|_| ());
    let received = read_inflated(source, bytes, inflated);
    assert_eq!(received.reading, Reading::Plan(Box::new(plan)));
    // A link that cannot be inflated, or decoded, is damaged.
    assert_eq!(
        read_inflated("x", 10, Err(())).reading,
        Reading::Damaged(Damage::LinkDamaged)
    );
    assert_eq!(
        ready(unpack("y", b"https://example.org/#share=v1.Zm9vY")).reading,
        Reading::Damaged(Damage::LinkDamaged)
    );
    assert_eq!(
        ready(unpack("y", b"#share=v9.Zm9v")).reading,
        Reading::Damaged(Damage::LinkDamaged)
    );
    // Inflated to more than the limit: too large.
    assert_eq!(
        read_inflated("z", 10, Ok(vec![b' '; MAX_INPUT_BYTES + 1])).reading,
        Reading::TooLarge
    );
}

#[test]
fn a_room_of_hand_ins_goes_into_the_collection() {
    let mut collection = Collection::new("s1");
    let mut inputs: Vec<Received> = (1..=8)
        .map(|n| {
            let table = format!("组{n}");
            let text = handin_text(&plan(&table), now());
            ready(unpack(
                handin_file_name(&tag("坊", &table)),
                text.as_bytes(),
            ))
        })
        .collect();
    inputs.push(ready(unpack("oops.txt", b"{ not json")));
    let reports = collection.add_all(inputs, now());
    assert_eq!(reports.len(), 9);
    assert_eq!(reports.iter().filter(|r| r.status == Status::Ok).count(), 8);
    assert!(matches!(
        reports[8].status,
        Status::Damaged(Damage::Broken { line: 1, column: 3 })
    ));
}
