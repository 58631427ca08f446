//! Raw DEFLATE for browsers without `CompressionStream`/`DecompressionStream`: the Rust codec of
//! [`crate::io::deflate`] as a piece of its own, so only such browsers download it.
//! [`crate::web::share_link`] asks for it when the browser's own streams are missing.

use std::cell::Cell;

use crate::io::deflate::{deflate_raw, inflate_raw};
use crate::web::chunks::PieceError;

/// The codec's two entry points.
#[derive(Clone, Copy)]
pub struct Codec {
    /// Compresses bytes as raw DEFLATE.
    pub deflate: fn(&[u8]) -> Vec<u8>,
    /// Unpacks raw DEFLATE; `None` when damaged or too large.
    pub inflate: fn(&[u8]) -> Option<Vec<u8>>,
}

crate::split!(
    deflate,
    preload_deflate,
    /// The codec's entry points (their code is the piece).
    fn codec_piece() -> Codec {
        Codec {
            deflate: deflate_raw,
            inflate: inflate_raw,
        }
    }
);

thread_local! {
    static LOADED: Cell<Option<Codec>> = const { Cell::new(None) };
}

/// The codec, downloading it the first time.
pub async fn codec() -> Result<Codec, PieceError> {
    if let Some(codec) = LOADED.with(Cell::get) {
        return Ok(codec);
    }
    let codec = codec_piece().await?;
    LOADED.with(|cell| cell.set(Some(codec)));
    Ok(codec)
}
