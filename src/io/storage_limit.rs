//! How much text a browser's local storage can hold at most: a workshop's collection of large
//! plans can run to tens of megabytes, which no browser keeps, and handing such a text to the
//! browser (copying it out of wasm, then having it refused) took longer than reading the plans.
//!
//! Lengths are counted in UTF-16 code units, the unit browsers keep text in.

/// No browser keeps more text than this per site in local storage: Chromium's quota is 10 MiB
/// (with 100 KiB of grace) and counts at least one byte per UTF-16 code unit; Firefox and Safari
/// keep 5 MiB. A longer text cannot be stored anywhere.
pub const STORAGE_CEILING_UNITS: usize = 11 * 1024 * 1024;

/// True when `text` is longer than any browser's local storage holds.
pub fn too_long_to_store(text: &str) -> bool {
    // Each UTF-16 unit takes one to three bytes of UTF-8, so most texts are decided by length.
    if text.len() <= STORAGE_CEILING_UNITS {
        return false;
    }
    if text.len() > 3 * STORAGE_CEILING_UNITS {
        return true;
    }
    utf16_units(text.as_bytes()) > STORAGE_CEILING_UNITS
}

/// How many UTF-16 code units the UTF-8 `bytes` make: one per character, two for a character
/// beyond the basic plane. A character split between two slices is counted once, at its first
/// byte.
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_ceiling_is_counted_in_units_not_bytes() {
        let n = STORAGE_CEILING_UNITS;
        assert!(!too_long_to_store(&"x".repeat(n)));
        assert!(too_long_to_store(&"x".repeat(n + 1)));
        // Three bytes and one unit each: three times the ceiling in bytes, and still storable.
        assert!(!too_long_to_store(&"鹿".repeat(n)));
        assert!(too_long_to_store(&"鹿".repeat(n + 1)));
        // Four bytes and two units each.
        assert!(!too_long_to_store(&"🦌".repeat(n / 2)));
        assert!(too_long_to_store(&format!("{}x", "🦌".repeat(n / 2))));
    }
}
