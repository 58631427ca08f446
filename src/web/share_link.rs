//! The browser side of share links: compressing a plan into a link with the browser's own
//! `CompressionStream` (raw DEFLATE), opening one with `DecompressionStream`.
//!
//! The pure parts (fragment format, base64url, the size limit) are in [`crate::io::share`]. Using
//! the browser's compressor keeps a DEFLATE implementation out of the first download; a browser
//! without the streams (older in-app browsers, iOS before 16.4) downloads the Rust codec instead
//! ([`super::deflate`]), which makes and reads the same bytes. `web-sys` marks these interfaces
//! unstable, so the few calls needed are declared here.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::io::share::{self, ShareError};

/// The compression format of recipe `v1`.
const FORMAT: &str = "deflate-raw";

#[wasm_bindgen]
extern "C" {
    /// A `ReadableStream` of bytes.
    type ByteStream;

    /// A `Blob`, used only for its `stream()`.
    #[wasm_bindgen(js_name = Blob)]
    type ByteBlob;

    #[wasm_bindgen(constructor, catch, js_class = "Blob")]
    fn new(parts: &js_sys::Array) -> Result<ByteBlob, JsValue>;

    #[wasm_bindgen(method)]
    fn stream(this: &ByteBlob) -> ByteStream;

    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(this: &ByteStream, transform: &JsValue) -> Result<ByteStream, JsValue>;

    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;

    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;

    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Decompressor, JsValue>;

    /// A `Response`, used only to read a whole stream into one buffer.
    #[wasm_bindgen(js_name = Response)]
    type StreamReader;

    #[wasm_bindgen(constructor, catch, js_class = "Response")]
    fn new(body: &ByteStream) -> Result<StreamReader, JsValue>;

    #[wasm_bindgen(method, js_name = arrayBuffer)]
    fn array_buffer(this: &StreamReader) -> js_sys::Promise;
}

/// Runs `bytes` through a compression or decompression transform and collects the output.
async fn transform(bytes: &[u8], through: &JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let output = ByteBlob::new(&parts)?.stream().pipe_through(through)?;
    let buffer = JsFuture::from(StreamReader::new(&output)?.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The page's address without its fragment.
fn page_address() -> String {
    let href = leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// A share link made from a plan's text.
#[derive(Clone, Debug, PartialEq)]
pub enum MadeLink {
    /// The link, ready to copy.
    Ready(String),
    /// The link would have this many characters, more than [`share::MAX_LINK_CHARS`].
    TooBig(usize),
    /// Neither the browser nor the downloadable codec could compress (the codec could not be
    /// downloaded).
    Unsupported,
}

/// `bytes` as raw DEFLATE: by the browser's `CompressionStream`, or by the Rust codec where the
/// browser has none (or its stream failed). `None` only when the codec could not be downloaded.
async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    if let Ok(compressor) = Compressor::new(FORMAT) {
        if let Ok(compressed) = transform(bytes, &compressor).await {
            return Some(compressed);
        }
    }
    let codec = super::deflate::codec().await.ok()?;
    Some((codec.deflate)(bytes))
}

/// Compresses `text` (a plan's share envelope) into a link to this page.
pub async fn make_link(text: &str) -> MadeLink {
    let Some(compressed) = deflate(text.as_bytes()).await else {
        return MadeLink::Unsupported;
    };
    let link = format!("{}{}", page_address(), share::fragment_for(&compressed));
    let chars = link.chars().count();
    if share::link_fits(chars) {
        MadeLink::Ready(link)
    } else {
        MadeLink::TooBig(chars)
    }
}

/// Why a share link did not give a plan's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFailure {
    /// Cut short, mistyped or otherwise not what was made.
    Damaged,
    /// Made by a later version.
    NewerRecipe,
    /// This browser has no `DecompressionStream` and the codec that stands in for it could not
    /// be downloaded (offline on a first visit).
    PieceMissing,
}

/// The uncompressed bytes of a share payload (the part after `#share=`).
pub async fn open_payload(payload: &str) -> Result<Vec<u8>, OpenFailure> {
    let compressed = share::decode_payload(payload).map_err(|err| match err {
        ShareError::Damaged => OpenFailure::Damaged,
        ShareError::UnknownRecipe => OpenFailure::NewerRecipe,
    })?;
    // A cut or altered DEFLATE stream makes the read fail: that is a damaged link too.
    match Decompressor::new(FORMAT) {
        Ok(decompressor) => transform(&compressed, &decompressor)
            .await
            .map_err(|_| OpenFailure::Damaged),
        Err(_) => {
            let codec = super::deflate::codec()
                .await
                .map_err(|_| OpenFailure::PieceMissing)?;
            (codec.inflate)(&compressed).ok_or(OpenFailure::Damaged)
        }
    }
}
