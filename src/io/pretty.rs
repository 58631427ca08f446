//! Indents compact JSON text the way `serde_json::to_string_pretty` does (two spaces, `": "`,
//! empty containers as `[]` and `{}`), without serializing the value a second time.
//!
//! Exported files are pretty-printed for people who open them; the plan is serialized once,
//! compactly (the same code the stored copy and share links use), and this reformats the text.
//! That keeps a second, pretty-printing copy of every serializer out of the wasm.

/// The compact JSON `text` (as written by `serde_json::to_string`), indented.
pub fn indent_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn same_as_serde(value: &serde_json::Value) {
        let compact = serde_json::to_string(value).unwrap();
        assert_eq!(
            indent_json(&compact),
            serde_json::to_string_pretty(value).unwrap()
        );
    }

    #[test]
    fn matches_serde_pretty_on_tricky_values() {
        same_as_serde(&json!({}));
        same_as_serde(&json!([]));
        same_as_serde(&json!({"a": [], "b": {}, "c": [[], {}], "d": null}));
        same_as_serde(&json!({"s": "quote \" brace { } [ ] comma , colon : backslash \\ end\\"}));
        same_as_serde(&json!({"中文": "，：；", "n": -1.5e-7, "t": true, "emoji": "🙂\n\t"}));
        same_as_serde(&json!([1, [2, [3, {"x": [4]}]]]));
    }

    #[test]
    fn matches_serde_pretty_on_every_worked_example() {
        use crate::model::examples::{example_plan, Example};
        use chrono::TimeZone;
        let at = chrono::Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        for example in Example::ALL {
            for chinese in [false, true] {
                let plan = example_plan(example, chinese, "p", at);
                let compact = serde_json::to_string(&plan).unwrap();
                assert_eq!(
                    indent_json(&compact),
                    serde_json::to_string_pretty(&plan).unwrap()
                );
            }
        }
    }
}
