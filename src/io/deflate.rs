//! Raw DEFLATE (RFC 1951) in Rust, for browsers without `CompressionStream` and
//! `DecompressionStream` (older in-app browsers, iPhones before iOS 16.4). Share and join links
//! compress with the browser's own streams when they exist; otherwise `web::share_link` loads the
//! piece holding these two functions. Both sides make and read the same bytes, so a link made by
//! either opens in the other.
//!
//! Pure: must not import leptos, web-sys, gloo or wasm-bindgen.

use super::import::MAX_IMPORT_BYTES;

/// The compression level: the same trade-off as the browsers' default.
const LEVEL: u8 = 6;

/// `bytes` compressed as raw DEFLATE (no zlib or gzip header).
pub fn deflate_raw(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, LEVEL)
}

/// The bytes of a raw DEFLATE stream; `None` when it is cut short, altered, or would unpack to
/// more than an import may hold ([`MAX_IMPORT_BYTES`]: a crafted link cannot fill the memory).
pub fn inflate_raw(compressed: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(compressed, MAX_IMPORT_BYTES).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_deflated_inflates_back() {
        let text = "社媒运营手册 · Social Playbook ".repeat(200);
        let packed = deflate_raw(text.as_bytes());
        assert!(packed.len() < text.len() / 10, "{} bytes", packed.len());
        assert_eq!(inflate_raw(&packed).as_deref(), Some(text.as_bytes()));
        assert_eq!(inflate_raw(&deflate_raw(b"")).as_deref(), Some(&b""[..]));
    }

    #[test]
    fn a_cut_or_altered_stream_is_refused() {
        let packed = deflate_raw(
            "a plan that is long enough to matter "
                .repeat(50)
                .as_bytes(),
        );
        assert_eq!(inflate_raw(&packed[..packed.len() / 2]), None);
        assert_eq!(inflate_raw(&[0xff, 0xff, 0xff]), None);
    }

    #[test]
    fn a_stream_that_unpacks_past_the_import_limit_is_refused() {
        let zeros = vec![0u8; MAX_IMPORT_BYTES + 1];
        let packed = deflate_raw(&zeros);
        assert!(packed.len() < 64 * 1024);
        assert_eq!(inflate_raw(&packed), None);
    }
}
