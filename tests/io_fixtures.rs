//! Every bad input the importer must refuse (or accept with a warning), one fixture file each in
//! `tests/fixtures/`, plus inputs too big to keep as files, generated here. Each test names the
//! exact error and its fields.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use social_playbook::i18n::Locale;
use social_playbook::io::envelope::FORMAT;
use social_playbook::io::import::{
    import_bytes, import_text, ImportError, ImportPreview, ImportWarning, MAX_DEPTH,
    MAX_IMPORT_BYTES,
};
use social_playbook::model::{PlanCounts, SCHEMA_VERSION};

/// Every fixture this file checks; `every_fixture_is_checked` keeps the list honest.
const FIXTURES: &[&str] = &[
    "bare-plan.json",
    "binary.bin",
    "bom.json",
    "duplicate-ids.json",
    "duplicate-keys.json",
    "empty.json",
    "gbk-encoded.json",
    "lone-surrogate.json",
    "newer-version.json",
    "not-json.txt",
    "null-object.json",
    "other-app.json",
    "other-format.json",
    "plan-missing.json",
    "plan-not-object.json",
    "stored-bad-revision.json",
    "syntax-error.json",
    "truncated.json",
    "unknown-fields.json",
    "valid-v1.json",
    "version-fraction.json",
    "version-missing.json",
    "version-negative.json",
    "version-string.json",
    "version-zero.json",
    "warnings.json",
    "wrong-shape.json",
    "wrong-value.json",
];

fn fixture(name: &str) -> Vec<u8> {
    assert!(FIXTURES.contains(&name), "{name} is missing from FIXTURES");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import(name: &str) -> Result<ImportPreview, ImportError> {
    import_bytes(&fixture(name))
}

fn refused(name: &str) -> ImportError {
    match import(name) {
        Ok(preview) => panic!("{name} was accepted: {:?}", preview.plan),
        Err(err) => err,
    }
}

/// A file in our envelope around `plan` (JSON text).
fn envelope(plan: &str) -> String {
    format!(r#"{{"format": "{FORMAT}", "version": {SCHEMA_VERSION}, "plan": {plan}}}"#)
}

#[test]
fn every_fixture_is_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, FIXTURES);
}

#[test]
fn the_valid_fixture_imports_whole() {
    let preview = import("valid-v1.json").unwrap();
    assert_eq!(preview.plan.name, "小鹿咖啡 2027 社媒规划");
    assert_eq!(preview.plan.organisation, "Little Deer Coffee");
    assert_eq!(preview.plan.next_id, 100);
    assert_eq!(preview.plan.goals[0].baseline, Some(62.5));
    assert_eq!(
        preview.counts,
        PlanCounts {
            roles: 2,
            platforms: 2,
            personas: 1,
            voice_traits: 1,
            goals: 1,
            team_roles: 1,
            people: 1,
            themes: 1,
            calendar_items: 1,
        }
    );
    // A field renamed in the model would show up here as unknown.
    assert_eq!(preview.warnings, vec![]);
    assert_eq!(preview.source_version, 1);
    assert!(!preview.migrated);
    assert_eq!(preview.exported_at.as_deref(), Some("2026-11-26T10:00:00Z"));
    assert_eq!(preview.app_version.as_deref(), Some("0.1.0"));
    assert_eq!(preview.revision, None);
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let preview = import("bom.json").unwrap();
    assert_eq!(preview.plan.name, "小鹿咖啡");
    let text = String::from_utf8(fixture("bom.json")).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(import_text(&text).unwrap().plan.name, "小鹿咖啡");
}

#[test]
fn empty_input_is_empty() {
    assert_eq!(refused("empty.json"), ImportError::Empty);
    assert_eq!(import_bytes(b" \n\t\r\n"), Err(ImportError::Empty));
    assert_eq!(import_text("   \n"), Err(ImportError::Empty));
    assert_eq!(import_text("\u{feff}"), Err(ImportError::Empty));
    assert_eq!(import_bytes(b""), Err(ImportError::Empty));
}

#[test]
fn binary_and_foreign_encodings_are_not_text() {
    assert_eq!(refused("binary.bin"), ImportError::NotText);
    // The same JSON saved as GBK by an editor: not UTF-8.
    assert_eq!(refused("gbk-encoded.json"), ImportError::NotText);
    assert_eq!(
        import_bytes(&[0xff, 0xfe, b'{', 0, b'}', 0]),
        Err(ImportError::NotText)
    );
    assert_eq!(
        import_bytes(b"{\"a\": \"\xc3\"}"),
        Err(ImportError::NotText)
    );
    // A NUL inside otherwise valid UTF-8 text.
    assert_eq!(import_bytes(b"{\"format\":\0}"), Err(ImportError::NotText));
    assert_eq!(import_text("{\"format\":\0}"), Err(ImportError::NotText));
}

#[test]
fn prose_is_not_json_at_line_1_column_1() {
    assert_eq!(
        refused("not-json.txt"),
        ImportError::Syntax {
            line: 1,
            column: 1,
            detail: "expected value".into()
        }
    );
}

#[test]
fn a_syntax_error_is_placed_in_characters_not_bytes() {
    // Line 5 is `    "name": "小鹿咖啡" "organisation": …`: the stray quote is the 20th character
    // (the 28th byte).
    assert_eq!(
        refused("syntax-error.json"),
        ImportError::Syntax {
            line: 5,
            column: 20,
            detail: "expected `,` or `}`".into()
        }
    );
}

#[test]
fn a_cut_off_file_is_truncated_at_its_end() {
    // The last line is `        "na` (11 characters).
    assert_eq!(
        refused("truncated.json"),
        ImportError::Truncated {
            line: 9,
            column: 11
        }
    );
    // Cut anywhere, a real export says truncated (or, cut right after a value, not an object).
    let full = String::from_utf8(fixture("valid-v1.json")).unwrap();
    let trimmed = full.trim_end();
    for cut in (1..trimmed.len()).step_by(97) {
        if !trimmed.is_char_boundary(cut) {
            continue;
        }
        let err = import_text(&trimmed[..cut]).unwrap_err();
        assert!(
            matches!(err, ImportError::Truncated { .. }),
            "cut at {cut}: {err:?}"
        );
    }
}

#[test]
fn json_that_is_not_an_object_has_the_wrong_shape() {
    assert_eq!(refused("wrong-shape.json"), ImportError::NotAnObject);
    for text in ["[]", "\"social-playbook\"", "1", "null", "true"] {
        assert_eq!(import_text(text), Err(ImportError::NotAnObject), "{text}");
    }
}

#[test]
fn a_plan_that_is_not_an_object_is_a_wrong_value_at_plan() {
    assert_eq!(
        refused("plan-not-object.json"),
        ImportError::WrongValue {
            path: "plan".into(),
            detail: "invalid type: string \"小鹿咖啡\", expected struct Plan".into()
        }
    );
    assert_eq!(refused("plan-missing.json"), ImportError::PlanMissing);
}

#[test]
fn other_apps_files_are_not_ours() {
    assert_eq!(
        refused("other-app.json"),
        ImportError::NotOurFormat { found: None }
    );
    assert_eq!(
        refused("other-format.json"),
        ImportError::NotOurFormat {
            found: Some("trello-board".into())
        }
    );
    assert_eq!(
        import_text(r#"{"format": 1, "version": 1, "plan": {}}"#),
        Err(ImportError::NotOurFormat {
            found: Some("1".into())
        })
    );
    // A long foreign marker is quoted clipped.
    let long = "x".repeat(500);
    let Err(ImportError::NotOurFormat { found: Some(found) }) =
        import_text(&format!(r#"{{"format": "{long}"}}"#))
    else {
        panic!("not refused as another format");
    };
    assert_eq!(found.chars().count(), 41);
    assert!(found.ends_with('…'));
    // The marker is case-sensitive and exact.
    assert!(matches!(
        import_text(r#"{"format": "Social-Playbook", "version": 1, "plan": {}}"#),
        Err(ImportError::NotOurFormat { .. })
    ));
}

#[test]
fn a_bare_plan_without_its_envelope_is_refused() {
    assert_eq!(
        refused("bare-plan.json"),
        ImportError::NotOurFormat { found: None }
    );
    // Otherwise any object would read as an empty plan, every field having a default.
    assert_eq!(
        import_text("{}"),
        Err(ImportError::NotOurFormat { found: None })
    );
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let err = refused("newer-version.json");
    assert_eq!(
        err,
        ImportError::VersionTooNew {
            found: 99,
            supported: 1
        }
    );
    for locale in Locale::ALL {
        let message = err.message(locale);
        assert!(
            message.contains("99") && message.contains(" 1"),
            "{message}"
        );
    }
    for (version, found) in [
        ("2", 2),
        ("4294967297", 4_294_967_297),
        ("18446744073709551615", u64::MAX),
    ] {
        assert_eq!(
            import_text(&format!(
                r#"{{"format": "{FORMAT}", "version": {version}, "plan": {{}}}}"#
            )),
            Err(ImportError::VersionTooNew {
                found,
                supported: SCHEMA_VERSION
            }),
            "{version}"
        );
    }
}

#[test]
fn a_version_must_be_a_positive_whole_number() {
    assert_eq!(refused("version-missing.json"), ImportError::VersionMissing);
    let invalid = |found: &str| ImportError::VersionInvalid {
        found: found.into(),
    };
    assert_eq!(refused("version-string.json"), invalid("\"1\""));
    assert_eq!(refused("version-fraction.json"), invalid("1.5"));
    assert_eq!(refused("version-negative.json"), invalid("-1"));
    assert_eq!(refused("version-zero.json"), invalid("0"));
    for (version, found) in [
        ("1.0", "1.0"),
        ("1e30", "1e+30"),
        ("18446744073709551616", "1.8446744073709552e+19"),
        ("null", "null"),
        ("true", "true"),
        ("[1]", "[1]"),
        (r#"{"major": 1}"#, r#"{"major":1}"#),
    ] {
        assert_eq!(
            import_text(&format!(
                r#"{{"format": "{FORMAT}", "version": {version}, "plan": {{}}}}"#
            )),
            Err(invalid(found)),
            "{version}"
        );
    }
}

#[test]
fn a_duplicate_key_is_refused_with_its_path() {
    assert_eq!(
        refused("duplicate-keys.json"),
        ImportError::DuplicateKey {
            path: "plan.personas[0].name".into(),
            key: "name".into()
        }
    );
    // At the top too: which plan would win is exactly what must not be guessed.
    assert_eq!(
        import_text(&format!(
            r#"{{"format": "{FORMAT}", "version": 1, "plan": {{}}, "plan": {{"name": "x"}}}}"#
        )),
        Err(ImportError::DuplicateKey {
            path: "plan".into(),
            key: "plan".into()
        })
    );
    // Keys are compared after unescaping: "n\u0061me" is "name".
    assert_eq!(
        import_text(&envelope(r#"{"name": "a", "n\u0061me": "b"}"#)),
        Err(ImportError::DuplicateKey {
            path: "plan.name".into(),
            key: "name".into()
        })
    );
}

#[test]
fn duplicate_record_ids_are_refused_naming_both_places() {
    assert_eq!(
        refused("duplicate-ids.json"),
        ImportError::DuplicateId {
            id: 1,
            first: "plan.strategy.roles[0].id".into(),
            second: "plan.personas[1].id".into()
        }
    );
}

#[test]
fn unknown_fields_are_dropped_and_listed() {
    let preview = import("unknown-fields.json").unwrap();
    assert_eq!(
        preview.warnings,
        vec![ImportWarning::UnknownFields {
            paths: vec![
                "generator".into(),
                "plan.goals[0].progress[0].source".into(),
                "plan.mood".into(),
                "plan.strategy.roles[0].emoji".into(),
            ],
            total: 4
        }]
    );
    // What is known is kept.
    assert_eq!(preview.plan.name, "Unknown fields");
    assert_eq!(preview.plan.goals[0].progress[0].value, 10.0);
    assert_eq!(preview.plan.strategy.roles[0].id, 1);
    // And what is unknown is really gone: exporting again would not carry it.
    let again = serde_json::to_string(&preview.plan).unwrap();
    assert!(!again.contains("\"mood\"") && !again.contains("\"emoji\""));
}

#[test]
fn a_null_where_a_section_belongs_is_a_wrong_value_at_its_path() {
    let err = refused("null-object.json");
    assert_eq!(
        err,
        ImportError::WrongValue {
            path: "plan.strategy".into(),
            detail: "invalid type: null, expected struct Strategy".into()
        }
    );
    assert!(err
        .message(Locale::En)
        .contains("“plan.strategy” is empty (null)"));
    // A null list too; a null optional value is simply "not set".
    assert_eq!(
        import_text(&envelope(r#"{"personas": null}"#)),
        Err(ImportError::WrongValue {
            path: "plan.personas".into(),
            detail: "invalid type: null, expected a sequence".into()
        })
    );
    let preview = import_text(&envelope(r#"{"strategy": {"primary_role": null}}"#)).unwrap();
    assert_eq!(preview.plan.strategy.primary_role, None);
}

#[test]
fn a_wrong_value_names_its_field_path() {
    assert_eq!(
        refused("wrong-value.json"),
        ImportError::WrongValue {
            path: "plan.goals[2].baseline".into(),
            detail: "invalid type: string \"abc\", expected f64".into()
        }
    );
    let cases = [
        (
            r#"{"personas": [{"id": 1, "colour": 300}]}"#,
            "plan.personas[0].colour",
            "invalid value: integer `300`, expected u8",
        ),
        (
            r#"{"strategy": {"platforms": [{"id": 1, "kind": "myspace"}]}}"#,
            "plan.strategy.platforms[0].kind",
            "unknown variant `myspace`, expected one of",
        ),
        (
            r#"{"team": {"raci": [{"activity": "strategy", "role": 1}]}}"#,
            "plan.team.raci[0]",
            "missing field `letter`",
        ),
        (
            r#"{"content": {"calendar": [{"id": 1, "date": "2027-02-30"}]}}"#,
            "plan.content.calendar[0].date",
            "input is out of range",
        ),
        (
            r#"{"next_id": -1}"#,
            "plan.next_id",
            "invalid value: integer `-1`, expected u64",
        ),
        (
            r#"{"goals": [{"id": 1e3}]}"#,
            "plan.goals[0].id",
            "invalid type: floating point `1000.0`, expected u64",
        ),
    ];
    for (plan, path, detail) in cases {
        match import_text(&envelope(plan)) {
            Err(ImportError::WrongValue { path: p, detail: d }) => {
                assert_eq!(p, path, "{plan}");
                assert!(d.starts_with(detail), "{plan}: {d}");
            }
            other => panic!("{plan}: {other:?}"),
        }
    }
}

#[test]
fn a_stored_copy_with_a_bad_revision_is_refused() {
    assert_eq!(
        refused("stored-bad-revision.json"),
        ImportError::WrongValue {
            path: "revision".into(),
            detail: "expected a whole number, found \"7\"".into()
        }
    );
}

#[test]
fn dangling_references_and_unsafe_links_are_warnings() {
    let preview = import("warnings.json").unwrap();
    assert_eq!(
        preview.warnings,
        vec![
            ImportWarning::DanglingReference {
                path: "plan.goals[0].personas[0]".into(),
                id: 99
            },
            ImportWarning::UnsafeLink {
                path: "plan.strategy.platforms[0].url".into()
            },
        ]
    );
    // Kept as they were; the id counter is repaired above the highest id.
    assert_eq!(preview.plan.goals[0].personas, vec![99]);
    assert_eq!(
        preview.plan.strategy.platforms[0].url,
        "javascript:alert(1)"
    );
    assert_eq!(preview.plan.next_id, 3);
}

/// Decision: a lone surrogate escape cannot become a Rust string, so it is refused as a syntax
/// error at the escape, not replaced silently.
#[test]
fn a_lone_surrogate_is_a_syntax_error_at_its_place() {
    // Line 5 is `    "name": "bad \ud800 name"`; the error points just past the escape.
    assert_eq!(
        refused("lone-surrogate.json"),
        ImportError::Syntax {
            line: 5,
            column: 24,
            detail: "unexpected end of hex escape".into()
        }
    );
    for escaped in [r#""\udc00""#, r#""\ud800\u0041""#, r#""\ud800""#] {
        let err = import_text(&envelope(&format!(r#"{{"name": {escaped}}}"#))).unwrap_err();
        assert!(
            matches!(err, ImportError::Syntax { line: 1, .. }),
            "{escaped}: {err:?}"
        );
    }
    // A proper pair is fine.
    let preview = import_text(&envelope(r#"{"name": "\ud83e\udd8c"}"#)).unwrap();
    assert_eq!(preview.plan.name, "🦌");
}

#[test]
fn other_syntax_errors_are_placed() {
    let cases = [
        (format!("{}x", envelope("{}")), "trailing characters"),
        (format!("{0}{0}", envelope("{}")), "trailing characters"),
        (envelope(r#"{"next_id": NaN}"#), "expected value"),
        (envelope(r#"{"next_id": 1e400}"#), "number out of range"),
        (envelope("{\"name\": \"a\tb\"}"), "control character"),
        (envelope(r#"{"name": 'x'}"#), "expected value"),
        (envelope(r#"{"name": "x",}"#), "trailing comma"),
        (envelope(r#"{name: "x"}"#), "key must be a string"),
    ];
    for (text, detail) in cases {
        match import_text(&text) {
            Err(ImportError::Syntax {
                line: 1,
                column,
                detail: d,
            }) => {
                assert!(
                    column > 1 && column <= text.len(),
                    "{text}: column {column}"
                );
                assert!(d.contains(detail), "{text}: {d}");
            }
            other => panic!("{text}: {other:?}"),
        }
    }
}

fn deep(open: &str, close: &str, depth: usize) -> String {
    envelope(&format!(
        r#"{{"extra": {}{}}}"#,
        open.repeat(depth),
        close.repeat(depth)
    ))
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    // Run on a thread with a quarter of the ~1 MB stack a wasm module gets (and debug-build
    // frames, which are larger than release ones): reading must not recurse past its limit.
    let run = || {
        for (open, close) in [("[", "]"), (r#"{"a":"#, "}")] {
            let text = deep(open, close, 100_000);
            assert_eq!(import_text(&text), Err(ImportError::TooDeep), "{open}");
            // Unclosed, it is still too deep rather than cut off: depth is met first.
            let unclosed = envelope(&open.repeat(100_000));
            assert_eq!(import_text(&unclosed), Err(ImportError::TooDeep), "{open}");
        }
        // The limit counts from the top: the envelope is level 1, the plan level 2, `extra`'s
        // value level 3.
        let at_limit = deep("[", "]", MAX_DEPTH - 2);
        let preview = import_text(&at_limit).unwrap();
        assert_eq!(
            preview.warnings,
            vec![ImportWarning::UnknownFields {
                paths: vec!["plan.extra".into()],
                total: 1
            }]
        );
        assert_eq!(
            import_text(&deep("[", "]", MAX_DEPTH - 1)),
            Err(ImportError::TooDeep)
        );
    };
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}

/// Decision: one very long string within the size limit is accepted as it is.
#[test]
fn a_very_long_string_is_accepted() {
    let name = "鹿".repeat(5 * 1024 * 1024 / 3);
    let text = envelope(&format!(r#"{{"name": "{name}"}}"#));
    assert!(text.len() > 5 * 1024 * 1024 - 16 && text.len() < MAX_IMPORT_BYTES);
    let preview = import_text(&text).unwrap();
    assert_eq!(preview.plan.name, name);

    // 5 MB of escapes, each unescaped to one character.
    let escaped = "\\n".repeat(2_500_000);
    let preview = import_text(&envelope(&format!(
        r#"{{"strategy": {{"vision": "{escaped}"}}}}"#
    )))
    .unwrap();
    assert_eq!(preview.plan.strategy.vision.len(), 2_500_000);
}

#[test]
fn the_size_limit_is_exact() {
    let base = envelope("{}");
    let at_limit = format!("{base}{}", " ".repeat(MAX_IMPORT_BYTES - base.len()));
    assert_eq!(at_limit.len(), MAX_IMPORT_BYTES);
    assert!(import_bytes(at_limit.as_bytes()).is_ok());
    let over = format!("{at_limit} ");
    let too_large = ImportError::TooLarge {
        bytes: MAX_IMPORT_BYTES + 1,
        limit: MAX_IMPORT_BYTES,
    };
    assert_eq!(import_bytes(over.as_bytes()), Err(too_large.clone()));
    assert_eq!(import_text(&over), Err(too_large));
    // Size is checked first: a huge binary blob is "too large", not "not text".
    let blob = vec![0u8; MAX_IMPORT_BYTES + 1];
    assert!(matches!(
        import_bytes(&blob),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn every_refusal_has_a_message_in_both_languages() {
    for name in FIXTURES {
        if let Err(err) = import(name) {
            for locale in Locale::ALL {
                let message = err.full_message(locale);
                assert!(message.len() > 20, "{name}: {message}");
            }
        }
    }
}
