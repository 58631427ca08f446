//! Tests of the join link: lengths for every start, round trips and damaged payloads.

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::i18n::workshop::default_table_names;
use crate::i18n::Locale;
use crate::model::examples::{example_plan, Example};
use crate::model::workshop::session::MAX_TABLE_NAME_CHARS;
use crate::model::workshop::Session;
use crate::model::Plan;

/// A hosted address of ordinary length (a project page on a static host).
const BASE: &str = "https://example.github.io/social-playbook/";

fn session(locale: Locale, start: Start) -> Session {
    let at = NaiveDate::from_ymd_opt(2026, 3, 14)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("valid");
    Session {
        id: "Xk3v9Qa_x7Lm".into(),
        name: match locale {
            Locale::ZhCn => "2026 春季社媒运营工作坊".into(),
            Locale::En => "Spring social media workshop 2026".into(),
        },
        start,
        tables: default_table_names(locale, 8),
        agenda: Agenda::standard(at),
        created_at: Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
    }
}

/// Prints a figure in the test output (`cargo test -- --nocapture` shows it).
fn show(label: &str, link: &JoinLink) {
    println!(
        "join link, {label}: {} characters{}",
        link.chars(),
        if link.carries_plan {
            " (plan inside)"
        } else {
            ""
        }
    );
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 6)
}

fn inflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::inflate::decompress_to_vec(bytes).expect("inflates")
}

fn payload(link: &JoinLink) -> &str {
    let hash = &link.url[link.url.find('#').expect("has a fragment")..];
    payload_of(hash).expect("is a join link")
}

fn starts() -> Vec<(String, Start)> {
    let mut out = vec![("blank".to_string(), Start::Blank)];
    for example in Example::ALL {
        out.push((
            format!("example {}", example_slug(example)),
            Start::Example(example),
        ));
    }
    out
}

#[test]
fn blank_and_example_links_fit_a_qr_code_in_both_languages() {
    for locale in Locale::ALL {
        for (label, start) in starts() {
            let invite = session(locale, start).invite();
            let link = join_link(BASE, &invite, None).unwrap();
            show(&format!("{label}, {}", locale.tag()), &link);
            assert!(link.fits_qr(), "{label}: {}", link.chars());
            assert!(!link.carries_plan);
            assert!(link.url.starts_with(BASE));
            assert!(link.url[BASE.len()..].starts_with("#join=v1."));
            assert_eq!(decode(payload(&link)).unwrap().invite, invite);
        }
    }
}

#[test]
fn the_fragment_is_url_safe_text() {
    let link = join_link(BASE, &session(Locale::ZhCn, Start::Blank).invite(), None).unwrap();
    let fragment = &link.url[BASE.len()..];
    assert!(fragment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"#=.-_".contains(&b)));
}

#[test]
fn long_custom_table_names_are_carried_and_reported_as_too_long_for_a_qr_code() {
    let mut s = session(Locale::ZhCn, Start::Blank);
    s.name = "坊".repeat(60);
    s.tables = (0..20)
        .map(|i| format!("{i:02}{}", "组".repeat(MAX_TABLE_NAME_CHARS - 2)))
        .collect();
    let link = join_link(BASE, &s.invite(), None).unwrap();
    show(
        "20 tables of 24 Chinese characters, 60-character name",
        &link,
    );
    assert!(!link.fits_qr());
    assert_eq!(decode(payload(&link)).unwrap().invite, s.invite());
    // Wrapped by a mail client: the line breaks are skipped.
    let good = payload(&link);
    let wrapped = format!("{}\r\n{}", &good[..76], &good[76..]);
    assert_eq!(decode(&wrapped).unwrap().invite, s.invite());
}

#[test]
fn custom_names_agendas_and_seconds_round_trip() {
    let mut s = session(Locale::En, Start::Example(Example::School));
    s.tables = vec![
        "Red".into(),
        "蓝队".into(),
        "Table 7".into(),
        "A11".into(),
        "🙂 emoji".into(),
    ];
    s.agenda.start += chrono::TimeDelta::seconds(30);
    s.agenda.blocks = vec![
        AgendaBlock {
            step: Step::Handbook,
            minutes: 240,
        },
        AgendaBlock {
            step: Step::Goals,
            minutes: 1,
        },
    ];
    let invite = s.invite();
    let back = decode(payload(&join_link(BASE, &invite, None).unwrap())).unwrap();
    assert_eq!(back.invite, invite);
    assert_eq!(back.plan_deflated, None);
    // Numbered names with a word ending in a digit read back exactly.
    s.tables = vec!["A11".into(), "A12".into()];
    let back = decode(payload(&join_link(BASE, &s.invite(), None).unwrap())).unwrap();
    assert_eq!(back.invite.tables, s.tables);
}

#[test]
fn a_small_facilitator_plan_travels_inside_the_link() {
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap();
    let mut plan = Plan::new("fac-1", "春季工作坊起点", "示例公司", now);
    plan.strategy.vision = "成为本地家长最信任的编程学校".into();
    plan.strategy.objectives = vec!["三个月内公众号粉丝增长 30%".into()];
    let text = crate::io::envelope::share_json(&plan, now);
    let deflated = deflate(text.as_bytes());
    let invite = session(Locale::ZhCn, Start::Plan).invite();
    let link = join_link(BASE, &invite, Some(&deflated)).unwrap();
    show("facilitator's small plan", &link);
    assert!(link.carries_plan);
    assert!(link.chars() < MAX_LINK_WITH_PLAN_CHARS);
    let back = decode(payload(&link)).unwrap();
    assert_eq!(back.invite, invite);
    let inflated = inflate(back.plan_deflated.as_deref().unwrap());
    let imported = crate::io::import::import_bytes(&inflated).unwrap();
    assert_eq!(imported.plan, plan);
}

#[test]
fn a_large_facilitator_plan_stays_out_and_the_link_stays_short() {
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap();
    for example in Example::ALL {
        let plan = example_plan(example, true, "fac-2", now);
        let text = crate::io::envelope::share_json(&plan, now);
        let deflated = deflate(text.as_bytes());
        let invite = session(Locale::ZhCn, Start::Plan).invite();
        let link = join_link(BASE, &invite, Some(&deflated)).unwrap();
        show(
            &format!("facilitator's plan as big as {}", example_slug(example)),
            &link,
        );
        assert!(!link.carries_plan);
        assert!(link.fits_qr());
        assert_eq!(decode(payload(&link)).unwrap().plan_deflated, None);
    }
}

#[test]
fn the_plan_limit_is_strictly_below_two_thousand_characters() {
    let invite = session(Locale::En, Start::Plan).invite();
    let bare = join_link(BASE, &invite, None).unwrap().chars();
    // Each 3 bytes of plan add 4 characters; find the largest plan that still goes in.
    let mut fits = 0;
    for len in 1..2_000 {
        let plan = vec![7u8; len];
        let link = join_link(BASE, &invite, Some(&plan)).unwrap();
        if link.carries_plan {
            assert!(link.chars() < MAX_LINK_WITH_PLAN_CHARS);
            fits = len;
        } else {
            assert_eq!(link.chars(), bare);
        }
    }
    let just_over = join_link(BASE, &invite, Some(&vec![7u8; fits + 1])).unwrap();
    assert!(!just_over.carries_plan);
    assert!(fits > 1_000, "{fits}");
    // Any other start never carries a plan, and an empty plan is no plan.
    let blank = session(Locale::En, Start::Blank).invite();
    assert!(
        !join_link(BASE, &blank, Some(&[1, 2, 3]))
            .unwrap()
            .carries_plan
    );
    assert!(!join_link(BASE, &invite, Some(&[])).unwrap().carries_plan);
}

#[test]
fn the_page_address_keeps_its_path_and_loses_its_fragment() {
    let invite = session(Locale::En, Start::Blank).invite();
    let link = join_link("http://127.0.0.1:8080/#/goals", &invite, None).unwrap();
    assert!(link.url.starts_with("http://127.0.0.1:8080/#join=v1."));
}

#[test]
fn an_unusable_session_gets_no_link() {
    let mut s = session(Locale::En, Start::Blank);
    s.tables.clear();
    assert_eq!(
        join_link(BASE, &s.invite(), None),
        Err(JoinError::Invalid(SessionProblem::NoTables))
    );
    s.tables = vec!["a\nb".into()];
    assert_eq!(
        join_link(BASE, &s.invite(), None),
        Err(JoinError::Invalid(SessionProblem::TableHasControl {
            index: 0
        }))
    );
}

#[test]
fn cut_or_altered_links_are_damaged() {
    let invite = session(Locale::ZhCn, Start::Example(Example::Cafe)).invite();
    let link = join_link(BASE, &invite, None).unwrap();
    let good = payload(&link).to_string();
    // Cut anywhere: never a different session.
    for cut in 0..good.len() {
        assert!(decode(&good[..cut]).is_err(), "cut at {cut}");
    }
    // Any one symbol changed: damaged.
    let data_at = RECIPE_V1.len();
    for at in data_at..good.len() {
        let mut bytes = good.clone().into_bytes();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(bytes).unwrap();
        assert_eq!(decode(&altered), Err(JoinError::Damaged), "changed at {at}");
    }
    assert_eq!(decode(""), Err(JoinError::Damaged));
    assert_eq!(decode("v1."), Err(JoinError::Damaged));
    assert_eq!(decode("v1.!!!"), Err(JoinError::Damaged));
    assert_eq!(decode("hello"), Err(JoinError::Damaged));
    assert_eq!(decode("v2.AAAA"), Err(JoinError::UnknownRecipe));
    let long = format!("v1.{}", "A".repeat(MAX_PAYLOAD_CHARS));
    assert_eq!(
        decode(&long),
        Err(JoinError::TooLong {
            chars: MAX_PAYLOAD_CHARS + 3
        })
    );
}

/// A payload with a correct checksum around `text` (to reach the field checks).
fn forged(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!("{RECIPE_V1}{}", base64url_encode(&bytes))
}

#[test]
fn well_sealed_but_malformed_fields_are_damaged_or_invalid() {
    let good = "abc\nName\nb\n组\u{1}3\n202603140900\ns15,p25";
    assert!(decode(&forged(good)).is_ok());
    for bad in [
        "abc\nName\nb\n组\u{1}3\n202603140900",
        "abc\nName\nbakery\n组\u{1}3\n202603140900\ns15",
        "abc\nName\nb\n组\u{1}x\n202603140900\ns15",
        "abc\nName\nb\n组\u{1}999999\n202603140900\ns15",
        "abc\nName\nb\n组\u{1}3\n2026031409\ns15",
        "abc\nName\nb\n组\u{1}3\n20260314090x\ns15",
        "abc\nName\nb\n组\u{1}3\n202613140900\ns15",
        "abc\nName\nb\n组\u{1}3\n202603140900\nx15",
        "abc\nName\nb\n组\u{1}3\n202603140900\ns",
        "abc\nName\nb\n组\u{1}3\n202603140900\ns-5",
        "abc\nName\nb\n组\u{1}3\n202603140900\ns99999999999",
    ] {
        assert_eq!(decode(&forged(bad)), Err(JoinError::Damaged), "{bad:?}");
    }
    assert_eq!(
        decode(&forged("a b\nName\nb\n组\u{1}3\n202603140900\ns15")),
        Err(JoinError::Invalid(SessionProblem::BadId))
    );
    assert!(matches!(
        decode(&forged("abc\nName\nb\n组\u{1}3\n202603140900\ns0")),
        Err(JoinError::Invalid(SessionProblem::Agenda(_)))
    ));
    // A plan part only with the facilitator's start, and never empty.
    let mut with_plan = good.as_bytes().to_vec();
    with_plan.extend_from_slice(&[0, 1, 2]);
    let text = String::from_utf8_lossy(&with_plan).into_owned();
    assert_eq!(decode(&forged(&text)), Err(JoinError::Damaged));
    let plan_start = "abc\nName\np\n组\u{1}3\n202603140900\ns15\u{0}";
    assert_eq!(decode(&forged(plan_start)), Err(JoinError::Damaged));
}

#[test]
fn every_step_has_its_own_letter() {
    let mut letters: Vec<char> = Step::ALL.into_iter().map(step_letter).collect();
    letters.sort_unstable();
    letters.dedup();
    assert_eq!(letters.len(), Step::ALL.len());
    for step in Step::ALL {
        assert_eq!(step_of_letter(step_letter(step)), Some(step));
    }
}

#[test]
fn the_checksum_is_crc_32() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn join_fragments_are_told_from_the_rest() {
    assert_eq!(payload_of("#join=v1.abc"), Some("v1.abc"));
    assert_eq!(payload_of("#share=v1.abc"), None);
    assert_eq!(payload_of("#/workshop"), None);
}
