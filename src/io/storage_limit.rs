//! How much text a browser's local storage can hold at most: a workshop's collection of large
//! plans can run to tens of megabytes, which no browser keeps, and handing such a text to the
//! browser (copying it out of wasm, then having it refused) took longer than reading the plans.
//!
//! Lengths are counted in UTF-16 code units, the unit browsers keep text in.

/// No browser keeps more text than this per site in local storage: Chromium's quota is 10 MiB
/// (with 100 KiB of grace) and counts at least one byte per UTF-16 code unit; Firefox and Safari
/// keep 5 MiB. A longer text cannot be stored anywhere.
pub const STORAGE_CEILING_UNITS: usize = 11 * 1024 * 1024;

/// How many UTF-16 code units the UTF-8 `bytes` make (a browser string's `length`): one per
/// character, two for a character beyond the basic plane. A character split between two slices
/// is counted once, at its first byte, so slices can be counted one by one and summed.
pub fn utf16_units(bytes: &[u8]) -> usize {
    // Plans are mostly ASCII: eight bytes at a time while none of them has its high bit set.
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut units = 0;
    for word in words.by_ref() {
        let word: [u8; 8] = word.try_into().expect("chunks of eight");
        units += if u64::from_le_bytes(word) & HIGH_BITS == 0 {
            8
        } else {
            units_byte_by_byte(&word)
        };
    }
    units + units_byte_by_byte(words.remainder())
}

fn units_byte_by_byte(bytes: &[u8]) -> usize {
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
    fn long_texts_count_alike_word_by_word_and_cut_anywhere() {
        let text = "Spring market plan, 小鹿咖啡 🦌☕ at the corner of the square; ".repeat(5);
        let expected = text.encode_utf16().count();
        let bytes = text.as_bytes();
        assert_eq!(utf16_units(bytes), expected);
        for cut in 0..=bytes.len() {
            let (a, b) = bytes.split_at(cut);
            assert_eq!(utf16_units(a) + utf16_units(b), expected, "cut at {cut}");
        }
    }
}
