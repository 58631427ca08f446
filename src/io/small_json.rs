//! A small JSON reader for the short texts the frame reads at start and before each save: the
//! plan list, the interface preferences and the head of a stored copy. With it the first download
//! needs no serde_json reader (its parser, its exact number reader and a deserializer per type);
//! plans themselves are read by the import checks, a piece of their own.
//!
//! It reads standard JSON (RFC 8259) into [`Json`], keeping numbers as their text; what is not
//! valid JSON, or is nested deeper than [`MAX_DEPTH`], reads as `None`. [`members`] reads the
//! members of an object one at a time and can stop early, for text that is cut short after the
//! part that is needed.

/// The deepest nesting read (the texts read here are two or three levels deep).
pub const MAX_DEPTH: usize = 32;

/// A JSON value. Numbers keep their text: the caller decides what kind of number it wants.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of member `key` of an object (`None` for other values and absent keys).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The value of `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// A whole number written without fraction or exponent, within `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// A whole number written without fraction or exponent, within `u32`.
    pub fn as_u32(&self) -> Option<u32> {
        self.as_u64().and_then(|n| u32::try_from(n).ok())
    }

    /// The items of an array.
    pub fn as_list(&self) -> Option<&[Json]> {
        match self {
            Json::List(items) => Some(items),
            _ => None,
        }
    }
}

/// Reads `text` as one JSON value (white space around it allowed).
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader::new(text);
    let value = reader.value(0)?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some(value)
}

/// Reads the members of the object that `text` starts with, in order, handing each to `each`
/// until it returns `false`. `Some(true)` when `each` stopped the reading, `Some(false)` when the
/// object ended first, `None` when the text is not an object up to there (whatever follows the
/// point where reading stopped is not looked at).
pub fn members(text: &str, mut each: impl FnMut(&str, Json) -> bool) -> Option<bool> {
    let mut reader = Reader::new(text);
    reader.space();
    reader.expect(b'{')?;
    reader.space();
    if reader.eat(b'}') {
        return Some(false);
    }
    loop {
        let (key, value) = reader.member(0)?;
        if !each(&key, value) {
            return Some(true);
        }
        reader.space();
        if reader.eat(b'}') {
            return Some(false);
        }
        reader.expect(b',')?;
        reader.space();
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Option<Json> {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        found.then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                self.space();
                if self.eat(b'}') {
                    return Some(Json::Object(members));
                }
                loop {
                    members.push(self.member(depth + 1)?);
                    self.space();
                    if self.eat(b'}') {
                        return Some(Json::Object(members));
                    }
                    self.expect(b',')?;
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.eat(b']') {
                    return Some(Json::List(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    if self.eat(b']') {
                        return Some(Json::List(items));
                    }
                    self.expect(b',')?;
                }
            }
            b'"' => self.string().map(Json::Text),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            _ => self.number().map(Json::Number),
        }
    }

    fn member(&mut self, depth: usize) -> Option<(String, Json)> {
        self.space();
        if self.peek() != Some(b'"') {
            return None;
        }
        let key = self.string()?;
        self.space();
        self.expect(b':')?;
        let value = self.value(depth)?;
        Some((key, value))
    }

    /// A number as JSON writes it: `-`? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn number(&mut self) -> Option<String> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') {
            if !matches!(self.peek(), Some(b'1'..=b'9')) {
                return None;
            }
            self.digits();
        }
        if self.eat(b'.') && self.digits() == 0 {
            return None;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(self.text[start..self.at].to_string())
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    /// A string, its escapes decoded (a lone surrogate, which no Rust string can hold, is refused).
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // (the text is UTF-8 and the stops are ASCII, so this is a whole run of characters)
            out.push_str(&self.text[start..self.at]);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.escaped_char()?),
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` read), with its low half if it is a high one.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            self.expect(b'\\')?;
            self.expect(b'u')?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return None;
            }
            char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        } else {
            char::from_u32(first)
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Json {
        Json::Text(s.into())
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" {"a": [1, -0.5, 2e10, 3E-2], "b": {"c": true, "d": false, "e": null},
                "f": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "g": [], "h": {}} "#,
        )
        .unwrap();
        assert_eq!(
            value.get("a").unwrap().as_list().unwrap(),
            [
                Json::Number("1".into()),
                Json::Number("-0.5".into()),
                Json::Number("2e10".into()),
                Json::Number("3E-2".into())
            ]
        );
        assert_eq!(value.get("b").unwrap().get("c"), Some(&Json::Bool(true)));
        assert_eq!(value.get("b").unwrap().get("e"), Some(&Json::Null));
        assert_eq!(value.get("f"), Some(&text("x\"\\/\u{8}\u{c}\n\r\té😀")));
        assert_eq!(value.get("g"), Some(&Json::List(Vec::new())));
        assert_eq!(value.get("h"), Some(&Json::Object(Vec::new())));
        assert_eq!(value.get("missing"), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "{\"a\":1,}",
            "[1,]",
            "{\"a\" 1}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"open",
            "\"bad \\x escape\"",
            "\"lone \\ud800 half\"",
            "\"\\ud800\\u0041\"",
            "\"\\u12\"",
            "\"tab\tinside\"",
            "{} {}",
            "[1] x",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_rather_than_followed() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep), None);
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_some());
    }

    #[test]
    fn whole_numbers_are_read_only_as_written_whole() {
        let n = |s: &str| Json::Number(s.into());
        assert_eq!(n("42").as_u64(), Some(42));
        assert_eq!(n("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(n("18446744073709551616").as_u64(), None);
        assert_eq!(n("4294967296").as_u32(), None);
        assert_eq!(n("4294967295").as_u32(), Some(u32::MAX));
        for not_whole in ["-1", "1.0", "1e3"] {
            assert_eq!(n(not_whole).as_u64(), None, "{not_whole}");
        }
        assert_eq!(text("1").as_u64(), None);
    }

    #[test]
    fn members_stop_where_asked_and_ignore_what_follows() {
        let cut = r#"{"format":"x","version":3,"revision":7,"plan":{"name":"a"#;
        let mut seen = Vec::new();
        let stopped = members(cut, |key, value| {
            seen.push((key.to_string(), value));
            key != "revision"
        });
        assert_eq!(stopped, Some(true));
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[1], ("version".into(), Json::Number("3".into())));
        // Reading on into the cut part fails; an object that ends says so.
        assert_eq!(members(cut, |_, _| true), None);
        assert_eq!(members(r#" {"a":1} trailing"#, |_, _| true), Some(false));
        assert_eq!(members("{}", |_, _| true), Some(false));
        assert_eq!(members("[1]", |_, _| true), None);
    }

    /// Property tests (native only: proptest is not built for wasm); `make fuzz` runs more.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(crate::fixed_cases::config())]

            /// Any string serde_json writes reads back the same, escapes and all scripts included.
            #[test]
            fn strings_read_back_as_serde_json_writes_them(s in any::<String>()) {
                let written = serde_json::to_string(&s).unwrap();
                prop_assert_eq!(parse(&written), Some(Json::Text(s)));
            }

            /// Any number serde_json writes is a number here, and whole ones read back.
            #[test]
            fn numbers_read_back_as_serde_json_writes_them(n in any::<u64>(), f in any::<f64>()) {
                let whole = Json::Number(n.to_string());
                prop_assert_eq!(parse(&serde_json::to_string(&n).unwrap()), Some(whole.clone()));
                prop_assert_eq!(whole.as_u64(), Some(n));
                if f.is_finite() {
                    let written = serde_json::to_string(&f).unwrap();
                    prop_assert_eq!(parse(&written), Some(Json::Number(written.clone())));
                }
            }
        }
    }
}
