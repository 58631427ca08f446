//! Splitting one paste into its hand-ins: a facilitator pastes what arrived in a chat (several
//! plan texts one after another, one link per line, words around them) and each plan text or
//! link becomes one input for the collection.
//!
//! The rules, in one pass over the text:
//! - a top-level JSON object (`{` … its matching `}`, strings and escapes respected, over as many
//!   lines as it takes) is one piece; one that never closes runs to the end of the text, so a
//!   cut-off plan still becomes a row that says it is broken;
//! - outside an object, a line that holds a share or join link is one piece (the whole line:
//!   `crate::io::handin` finds the link in it);
//! - any other line is chatter ("Table 3:", a name and a time) and is counted, not kept, unless
//!   the paste holds no object and no link at all: then the whole paste is one piece, so what
//!   was pasted still becomes a row that says why it is not a plan.
//!
//! Pure: must not import leptos, web-sys, gloo or wasm-bindgen.

use crate::model::route::{JOIN_PREFIX, SHARE_PREFIX};

/// What one piece of a paste looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// A JSON object (a plan file's text, whole or cut off).
    Json,
    /// A line with a share or join link.
    Link,
    /// Neither: the whole paste, when it held no object and no link.
    Other,
}

/// One piece of a paste, borrowed from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub kind: PieceKind,
    pub text: &'a str,
}

/// A paste split into pieces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Split<'a> {
    /// The pieces in the order they were pasted.
    pub pieces: Vec<Piece<'a>>,
    /// Lines of other text that were left out (non-blank ones only).
    pub skipped_lines: usize,
}

/// The byte index just past the `}` that closes the object opening at `start` (which must be a
/// `{`), or `None` when the text ends first.
fn object_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    // Bytes, not chars: every byte that matters is ASCII, and UTF-8 continuation bytes never are.
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits `text` into its pieces; see the module's rules.
pub fn split_paste(text: &str) -> Split<'_> {
    let mut out = Split::default();
    let mut at = 0;
    let mut other_lines = 0;
    while at < text.len() {
        let rest = &text[at..];
        let line_end = rest.find('\n').map_or(text.len(), |i| at + i + 1);
        let line = &text[at..line_end];
        let brace = line.find('{');
        let link_at = [&SHARE_PREFIX[1..], &JOIN_PREFIX[1..]]
            .iter()
            .filter_map(|marker| line.find(marker))
            .min();
        match (brace, link_at) {
            (Some(b), link) if link.is_none_or(|l| b < l) => {
                let start = at + b;
                let end = object_end(text, start).unwrap_or(text.len());
                out.pieces.push(Piece {
                    kind: PieceKind::Json,
                    text: &text[start..end],
                });
                // What follows the object on its last line is read like a new line.
                at = end;
            }
            (_, Some(_)) => {
                out.pieces.push(Piece {
                    kind: PieceKind::Link,
                    text: line.trim(),
                });
                at = line_end;
            }
            _ => {
                if !line.trim().is_empty() {
                    other_lines += 1;
                }
                at = line_end;
            }
        }
    }
    if out.pieces.is_empty() {
        if !text.trim().is_empty() {
            out.pieces.push(Piece {
                kind: PieceKind::Other,
                text: text.trim(),
            });
        }
    } else {
        out.skipped_lines = other_lines;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(split: &Split<'a>) -> Vec<(PieceKind, &'a str)> {
        split.pieces.iter().map(|p| (p.kind, p.text)).collect()
    }

    #[test]
    fn one_plan_text_is_one_piece() {
        let text = "{\n  \"format\": \"social-playbook\",\n  \"plan\": {\"name\": \"A\"}\n}\n";
        let split = split_paste(text);
        assert_eq!(texts(&split), vec![(PieceKind::Json, text.trim_end())]);
        assert_eq!(split.skipped_lines, 0);
    }

    #[test]
    fn plans_one_after_another_are_split_at_their_closing_brace() {
        let text = "{\"a\": {\"b\": 1}}{\"c\": 2}\n\n  {\"d\": [ {\"e\": 3} ]}";
        let split = split_paste(text);
        assert_eq!(
            texts(&split),
            vec![
                (PieceKind::Json, "{\"a\": {\"b\": 1}}"),
                (PieceKind::Json, "{\"c\": 2}"),
                (PieceKind::Json, "{\"d\": [ {\"e\": 3} ]}"),
            ]
        );
    }

    #[test]
    fn braces_and_quotes_inside_strings_do_not_count() {
        let text = r#"{"name": "a } b { \" } c \\", "x": "中文}"} {"y": 1}"#;
        let split = split_paste(text);
        assert_eq!(
            texts(&split),
            vec![
                (
                    PieceKind::Json,
                    r#"{"name": "a } b { \" } c \\", "x": "中文}"}"#
                ),
                (PieceKind::Json, r#"{"y": 1}"#),
            ]
        );
    }

    #[test]
    fn one_link_per_line_with_chatter_around_them() {
        let text = "组1 10:32\nhttps://x.org/#share=v1.AAA\n\r\n组2: https://x.org/app/#share=v1.BBB \r\nthanks!\nhttps://x.org/#join=v1.J\n";
        let split = split_paste(text);
        assert_eq!(
            texts(&split),
            vec![
                (PieceKind::Link, "https://x.org/#share=v1.AAA"),
                (PieceKind::Link, "组2: https://x.org/app/#share=v1.BBB"),
                (PieceKind::Link, "https://x.org/#join=v1.J"),
            ]
        );
        assert_eq!(split.skipped_lines, 2);
    }

    #[test]
    fn links_and_plan_texts_mixed() {
        let text = "Table 1:\n{\"plan\": {}}\nTable 2: https://x/#share=v1.Q\n{\"plan\":\n {}\n}";
        let split = split_paste(text);
        assert_eq!(
            texts(&split),
            vec![
                (PieceKind::Json, "{\"plan\": {}}"),
                (PieceKind::Link, "Table 2: https://x/#share=v1.Q"),
                (PieceKind::Json, "{\"plan\":\n {}\n}"),
            ]
        );
        assert_eq!(split.skipped_lines, 1);
    }

    #[test]
    fn a_link_inside_a_plan_text_stays_inside_it() {
        let text = "{\"site\": \"https://x/#share=v1.Q\"}";
        let split = split_paste(text);
        assert_eq!(texts(&split), vec![(PieceKind::Json, text)]);
    }

    #[test]
    fn a_cut_off_plan_runs_to_the_end() {
        let text = "{\"a\": 1}\n{\"plan\": {\"name\": \"cut";
        let split = split_paste(text);
        assert_eq!(
            texts(&split),
            vec![
                (PieceKind::Json, "{\"a\": 1}"),
                (PieceKind::Json, "{\"plan\": {\"name\": \"cut"),
            ]
        );
    }

    #[test]
    fn a_paste_without_plans_or_links_is_one_piece() {
        let split = split_paste("  hello\nworld  \n");
        assert_eq!(texts(&split), vec![(PieceKind::Other, "hello\nworld")]);
        assert_eq!(split_paste(" \n\t\n").pieces, vec![]);
        assert_eq!(split_paste("").pieces, vec![]);
    }

    #[test]
    fn a_stray_closing_brace_is_chatter() {
        let split = split_paste("} oops\n{\"a\": 1}");
        assert_eq!(texts(&split), vec![(PieceKind::Json, "{\"a\": 1}")]);
        assert_eq!(split.skipped_lines, 1);
    }

    #[test]
    fn many_large_plans_split_in_one_pass() {
        let notes = format!("x{{}}\\\"{}", "y".repeat(100_000));
        let one = format!("{{\"plan\": {{\"notes\": \"{notes}\"}}}}\n");
        let text = one.repeat(50);
        let split = split_paste(&text);
        assert_eq!(split.pieces.len(), 50);
        assert!(split.pieces.iter().all(|p| p.text == one.trim_end()));
    }
}
