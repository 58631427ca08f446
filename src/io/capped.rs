//! JSON text that gives up once it is too long to be stored: a workshop's collection of large
//! plans can run to tens of megabytes, which no browser's local storage holds, and writing all of
//! it (then handing it to the browser to be refused) took longer than reading the plans.
//!
//! Lengths are counted in UTF-16 code units, the unit browsers keep text in.

use std::io;

use serde::Serialize;

/// No browser keeps more text than this per site in local storage: Chromium's quota is 10 MiB
/// (with 100 KiB of grace) and counts at least one byte per UTF-16 code unit; Firefox and Safari
/// keep 5 MiB. Text longer than this cannot be stored anywhere, so it is not finished.
pub const STORAGE_CEILING_UNITS: usize = 11 * 1024 * 1024;

/// Why no text came out.
#[derive(Debug)]
pub enum CappedError {
    /// The text would be longer than the ceiling (in UTF-16 code units).
    TooLong,
    /// The value could not be written as JSON at all.
    Json(serde_json::Error),
}

/// `value` as compact JSON (the same text as `serde_json::to_string`), or [`CappedError::TooLong`]
/// as soon as the text passes `max_units` UTF-16 code units.
pub fn to_string_capped<T: Serialize + ?Sized>(
    value: &T,
    max_units: usize,
) -> Result<String, CappedError> {
    let mut out = Capped {
        bytes: Vec::new(),
        units: 0,
        max_units,
    };
    match serde_json::to_writer(&mut out, value) {
        Ok(()) => String::from_utf8(out.bytes).map_err(|_| {
            CappedError::Json(serde::ser::Error::custom("the writer wrote broken UTF-8"))
        }),
        Err(_) if out.units > max_units => Err(CappedError::TooLong),
        Err(err) => Err(CappedError::Json(err)),
    }
}

/// How many UTF-16 code units the UTF-8 `bytes` make: one per character, two for a character
/// beyond the basic plane. A character split across two calls is counted once, at its first byte.
pub fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

struct Capped {
    bytes: Vec<u8>,
    units: usize,
    max_units: usize,
}

impl io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.units += utf16_units(buf);
        if self.units > self.max_units {
            return Err(io::Error::other("longer than storage holds"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_under_the_ceiling_is_what_serde_json_writes() {
        let value = json!({"name": "小鹿咖啡 🦌", "quote": "say \"hi\"\n", "n": [1, 2.5, -3]});
        let text = to_string_capped(&value, 1_000).unwrap();
        assert_eq!(text, serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn units_count_like_a_browser_string_length() {
        for text in [
            "",
            "abc",
            "小鹿咖啡",
            "🦌☕",
            "a\u{7ff}\u{800}\u{ffff}\u{10000}",
        ] {
            let expected = text.encode_utf16().count();
            assert_eq!(utf16_units(text.as_bytes()), expected, "{text}");
            // Split anywhere, the parts add up to the same count.
            let bytes = text.as_bytes();
            for cut in 0..=bytes.len() {
                let (a, b) = bytes.split_at(cut);
                assert_eq!(
                    utf16_units(a) + utf16_units(b),
                    expected,
                    "{text} cut at {cut}"
                );
            }
        }
    }

    #[test]
    fn the_ceiling_is_exact_in_units_not_bytes() {
        // "\"鹿鹿鹿\"" is 5 units (11 bytes); "\"🦌\"" is 4 units (6 bytes).
        assert_eq!(to_string_capped("鹿鹿鹿", 5).unwrap(), "\"鹿鹿鹿\"");
        assert!(matches!(
            to_string_capped("鹿鹿鹿", 4),
            Err(CappedError::TooLong)
        ));
        assert_eq!(to_string_capped("🦌", 4).unwrap(), "\"🦌\"");
        assert!(matches!(
            to_string_capped("🦌", 3),
            Err(CappedError::TooLong)
        ));
    }

    #[test]
    fn a_long_text_stops_at_the_ceiling() {
        let big = vec!["x".repeat(1_000); 1_000];
        let whole = serde_json::to_string(&big).unwrap();
        assert_eq!(to_string_capped(&big, whole.len()).unwrap(), whole);
        assert!(matches!(
            to_string_capped(&big, whole.len() - 1),
            Err(CappedError::TooLong)
        ));
        assert!(matches!(
            to_string_capped(&big, 10_000),
            Err(CappedError::TooLong)
        ));
    }

    #[test]
    fn a_value_json_cannot_write_is_not_called_too_long() {
        let mut map = std::collections::BTreeMap::new();
        map.insert(vec![1u8], 1);
        assert!(matches!(
            to_string_capped(&map, 1_000),
            Err(CappedError::Json(_))
        ));
    }
}
