//! A strict JSON reader: text to `serde_json::Value` in one pass that also refuses duplicate keys
//! (serde_json's own `Value` silently keeps the last one) and nesting deeper than [`MAX_DEPTH`].
//!
//! Owns only the reading; it knows nothing about plans. Must not import leptos, web-sys, gloo or
//! wasm-bindgen.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// The deepest nesting accepted. A real file nests about eight levels
/// (`plan.content.calendar[0].sign_offs[0].by`). Reading recurses once per level, so this bound
/// is what keeps the stack small; it sits below serde_json's own limit of 128 so that the error
/// is ours (no need to recognise serde_json's wording), and 64 levels of frames fit easily in
/// the ~1 MB stack a wasm module gets.
pub const MAX_DEPTH: usize = 64;

/// Why text did not read as a JSON document.
#[derive(Debug, PartialEq)]
pub(crate) enum ReadError {
    /// Not JSON at that place. `line` and `column` count from 1; the column counts characters,
    /// not bytes, so it matches what an editor shows on a line with Chinese text.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
        /// True when the text stops before the document is complete.
        eof: bool,
    },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The same key twice in one object; `path` names the second one.
    DuplicateKey { path: String, key: String },
}

/// One step of a path into the document.
#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Why the walk stopped on purpose (as opposed to a syntax error found by serde_json).
#[derive(Debug)]
enum Stop {
    TooDeep,
    Duplicate { key: String },
}

/// State shared by every level of the walk.
#[derive(Default)]
struct Walker {
    depth: usize,
    stop: Option<Stop>,
    // Filled while an intentional stop unwinds, innermost segment first: building the path only
    // on failure keeps the happy path free of per-key bookkeeping.
    trail: Vec<Segment>,
}

impl Walker {
    fn enter<E: de::Error>(&mut self) -> Result<(), E> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.stop = Some(Stop::TooDeep);
            return Err(E::custom("nested too deeply"));
        }
        Ok(())
    }

    fn path(&self) -> String {
        let mut out = String::new();
        for segment in self.trail.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }
}

/// Reads one value at the walker's current place.
struct Node<'w> {
    walker: &'w mut Walker,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // serde_json's parser never yields a non-finite number ("1e400" is its own error).
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.walker.enter()?;
        let mut items = Vec::new();
        loop {
            match seq.next_element_seed(Node {
                walker: &mut *self.walker,
            }) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => break,
                Err(err) => {
                    if self.walker.stop.is_some() {
                        self.walker.trail.push(Segment::Index(items.len()));
                    }
                    return Err(err);
                }
            }
        }
        self.walker.depth -= 1;
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.walker.enter()?;
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                self.walker.stop = Some(Stop::Duplicate { key: key.clone() });
                self.walker.trail.push(Segment::Key(key));
                return Err(de::Error::custom("duplicate key"));
            }
            match map.next_value_seed(Node {
                walker: &mut *self.walker,
            }) {
                Ok(value) => {
                    object.insert(key, value);
                }
                Err(err) => {
                    if self.walker.stop.is_some() {
                        self.walker.trail.push(Segment::Key(key));
                    }
                    return Err(err);
                }
            }
        }
        self.walker.depth -= 1;
        Ok(Value::Object(object))
    }
}

/// Reads `text` as one JSON document, refusing duplicate keys and deep nesting.
pub(crate) fn read(text: &str) -> Result<Value, ReadError> {
    let mut walker = Walker::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result = Node {
        walker: &mut walker,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    let err = match result {
        Ok(value) => return Ok(value),
        Err(err) => err,
    };
    match walker.stop.take() {
        Some(Stop::TooDeep) => Err(ReadError::TooDeep),
        Some(Stop::Duplicate { key }) => Err(ReadError::DuplicateKey {
            path: walker.path(),
            key,
        }),
        None => Err(ReadError::Syntax {
            line: err.line(),
            column: char_column(text, err.line(), err.column()),
            detail: without_position(&err.to_string()),
            eof: err.is_eof(),
        }),
    }
}

/// serde_json counts columns in bytes; editors count characters.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    line_text
        .char_indices()
        .take_while(|(i, _)| *i < byte_column)
        .count()
}

/// serde_json's message without its " at line L column C" tail (the numbers are kept apart).
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#"{"a": [1, -2, 3.5, true, null, "x\n"], "b": {"c": {}}}"#;
        let ours = read(text).unwrap();
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn the_first_duplicate_key_is_reported_with_its_path() {
        let text =
            r#"{"plan": {"personas": [{"name": "a"}, {"id": 1, "name": "b", "name": "c"}]}}"#;
        assert_eq!(
            read(text),
            Err(ReadError::DuplicateKey {
                path: "plan.personas[1].name".into(),
                key: "name".into()
            })
        );
        assert_eq!(
            read(r#"{"x": 1, "x": 1}"#),
            Err(ReadError::DuplicateKey {
                path: "x".into(),
                key: "x".into()
            })
        );
        // The same key in two different objects is fine.
        assert!(read(r#"[{"x": 1}, {"x": 2, "y": {"x": 3}}]"#).is_ok());
    }

    #[test]
    fn nesting_is_limited() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(read(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(read(&deep), Err(ReadError::TooDeep));
    }

    #[test]
    fn syntax_errors_carry_a_character_column() {
        // "名称" is six bytes but two characters: the column must count characters.
        let text = "{\n  \"名称\": \"x\" \"y\"\n}";
        match read(text) {
            Err(ReadError::Syntax {
                line, column, eof, ..
            }) => {
                assert_eq!(line, 2);
                assert!(!eof);
                let byte_col = "  \"名称\": \"x\" \"".len();
                assert!(column < byte_col, "column {column} counts bytes");
                assert_eq!(column, "  \"名称\": \"x\" \"".chars().count());
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn positions_are_stripped_from_the_detail() {
        assert_eq!(
            without_position("expected `,` or `}` at line 2 column 7"),
            "expected `,` or `}`"
        );
        assert_eq!(without_position("no position"), "no position");
    }
}
