//! Share links: a whole plan carried in the URL fragment, so nothing reaches any server.
//!
//! A link is `<page address>#share=v1.<payload>`. The payload is the plan's compact file envelope
//! ([`super::envelope::share_json`]), compressed as raw DEFLATE (RFC 1951) by the browser and
//! written in unpadded base64url (RFC 4648 §5). The `v1.` marks that recipe, so a later version
//! can change it and still read old links. Opening a link decodes here, decompresses in the
//! browser and then goes through the one import pipeline ([`super::import::import_bytes`]).
//!
//! This module does the pure parts: spotting a share fragment, base64url both ways, and the size
//! limit. Must not import leptos, web-sys, gloo or wasm-bindgen.

pub use crate::model::route::SHARE_PREFIX;

/// The recipe marker of the links this version writes: raw DEFLATE, base64url.
pub const RECIPE_V1: &str = "v1.";

/// The longest link offered, in characters. Browsers accept far longer addresses (Chromium up
/// to 2 MB), but chat apps, mail clients and QR tools start cutting or refusing links of a few
/// tens of kilobytes; a cut link is a damaged link. Beyond this the user is pointed at the file
/// export instead.
pub const MAX_LINK_CHARS: usize = 32_000;

/// Why a share fragment cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The payload is not valid base64url, is empty or is cut short.
    Damaged,
    /// The link was written by a newer version with a recipe this one does not know.
    UnknownRecipe,
}

/// The payload of a share fragment (`hash` includes its leading `#`), or `None` when the fragment
/// is not a share link at all (then it is an ordinary step address).
pub fn payload_of(hash: &str) -> Option<&str> {
    hash.strip_prefix(SHARE_PREFIX)
}

/// The fragment for already compressed bytes: `#share=v1.` and the bytes in base64url.
pub fn fragment_for(compressed: &[u8]) -> String {
    let mut out =
        String::with_capacity(SHARE_PREFIX.len() + RECIPE_V1.len() + compressed.len() * 4 / 3 + 4);
    out.push_str(SHARE_PREFIX);
    out.push_str(RECIPE_V1);
    out.push_str(&base64url_encode(compressed));
    out
}

/// Whether a link of `chars` characters may be offered.
pub fn link_fits(chars: usize) -> bool {
    chars <= MAX_LINK_CHARS
}

/// The compressed bytes a payload carries (the part after `#share=`).
pub fn decode_payload(payload: &str) -> Result<Vec<u8>, ShareError> {
    let Some(data) = payload.strip_prefix(RECIPE_V1) else {
        // `v` and a number before a dot: a recipe from a later version. Anything else: damaged.
        let looks_versioned = payload.split_once('.').is_some_and(|(v, _)| {
            v.len() > 1 && v.starts_with('v') && v[1..].bytes().all(|b| b.is_ascii_digit())
        });
        return Err(if looks_versioned {
            ShareError::UnknownRecipe
        } else {
            ShareError::Damaged
        });
    };
    let bytes = base64url_decode(data).ok_or(ShareError::Damaged)?;
    if bytes.is_empty() {
        return Err(ShareError::Damaged);
    }
    Ok(bytes)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for i in 0..symbols {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// The value of one base64 symbol. Accepts both alphabets (`-_` and `+/`), because a link may
/// pass through tools that rewrite one into the other.
fn symbol_value(symbol: u8) -> Option<u32> {
    match symbol {
        b'A'..=b'Z' => Some(u32::from(symbol - b'A')),
        b'a'..=b'z' => Some(u32::from(symbol - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(symbol - b'0') + 52),
        b'-' | b'+' => Some(62),
        b'_' | b'/' => Some(63),
        _ => None,
    }
}

/// Decodes base64url (padding and ASCII white space, which mail clients insert when they wrap a
/// long line, are ignored). `None` for any other character or a length no encoder writes.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut count = 0usize;
    let mut padding_seen = false;
    for symbol in text.bytes() {
        if symbol.is_ascii_whitespace() {
            continue;
        }
        if symbol == b'=' {
            padding_seen = true;
            continue;
        }
        if padding_seen {
            return None;
        }
        acc = (acc << 6) | symbol_value(symbol)?;
        count += 1;
        if count.is_multiple_of(4) {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
        }
    }
    match count % 4 {
        0 => {}
        1 => return None,
        2 => out.push((acc >> 4) as u8),
        _ => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_rfc_4648_vectors_without_padding() {
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded, "{plain}");
            assert_eq!(
                base64url_decode(encoded).unwrap(),
                plain.as_bytes(),
                "{encoded}"
            );
        }
    }

    #[test]
    fn uses_the_url_safe_alphabet() {
        assert_eq!(base64url_encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(base64url_decode("-_-_").unwrap(), vec![0xfb, 0xff, 0xbf]);
        // The standard alphabet and padding are read too.
        assert_eq!(base64url_decode("+/+/").unwrap(), vec![0xfb, 0xff, 0xbf]);
        assert_eq!(base64url_decode("Zm8=").unwrap(), b"fo");
    }

    #[test]
    fn round_trips_every_byte_value_and_length() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        for len in 0..bytes.len() {
            let encoded = base64url_encode(&bytes[..len]);
            assert!(encoded.bytes().all(|b| ALPHABET.contains(&b)));
            assert_eq!(base64url_decode(&encoded).unwrap(), &bytes[..len]);
        }
    }

    #[test]
    fn skips_white_space_inserted_by_line_wrapping() {
        assert_eq!(base64url_decode("Zm9v\r\nYmFy").unwrap(), b"foobar");
        assert_eq!(base64url_decode(" Zm9 vYg ").unwrap(), b"foob");
    }

    #[test]
    fn refuses_foreign_characters_and_impossible_lengths() {
        assert_eq!(base64url_decode("Zm9v!"), None);
        assert_eq!(base64url_decode("Zm9v%20"), None);
        assert_eq!(base64url_decode("Zm9vY"), None, "one symbol left over");
        assert_eq!(base64url_decode("Zg=a"), None, "data after padding");
        assert_eq!(base64url_decode("中文"), None);
    }

    #[test]
    fn recognises_share_fragments_only() {
        assert_eq!(payload_of("#share=v1.abc"), Some("v1.abc"));
        assert_eq!(payload_of("#share="), Some(""));
        assert_eq!(payload_of("#/handbook"), None);
        assert_eq!(payload_of(""), None);
        assert_eq!(payload_of("#Share=v1.abc"), None);
    }

    #[test]
    fn a_fragment_decodes_to_the_bytes_it_was_made_from() {
        let bytes = [0u8, 1, 2, 250, 251, 252, 253, 254, 255];
        let fragment = fragment_for(&bytes);
        assert!(fragment.starts_with("#share=v1."));
        let payload = payload_of(&fragment).unwrap();
        assert_eq!(decode_payload(payload).unwrap(), bytes);
    }

    #[test]
    fn damaged_and_future_payloads_are_told_apart() {
        assert_eq!(decode_payload(""), Err(ShareError::Damaged));
        assert_eq!(decode_payload("v1."), Err(ShareError::Damaged));
        assert_eq!(decode_payload("v1.Zm9vY"), Err(ShareError::Damaged));
        assert_eq!(decode_payload("v1.Zm9v*"), Err(ShareError::Damaged));
        assert_eq!(decode_payload("Zm9vYmFy"), Err(ShareError::Damaged));
        assert_eq!(
            decode_payload("v2.Zm9vYmFy"),
            Err(ShareError::UnknownRecipe)
        );
        assert_eq!(decode_payload("v17.Zm9v"), Err(ShareError::UnknownRecipe));
        assert_eq!(decode_payload("vx.Zm9v"), Err(ShareError::Damaged));
    }

    #[test]
    fn the_limit_is_inclusive() {
        assert!(link_fits(MAX_LINK_CHARS));
        assert!(!link_fits(MAX_LINK_CHARS + 1));
    }
}
