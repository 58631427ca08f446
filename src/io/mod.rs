//! Files in and out: the versioned envelope, export (JSON) and import (parse, check, migrate,
//! validate). Pure string/bytes in, values out; the browser glue (download, file reading) lives in
//! the views.
//!
//! Nothing here may import leptos, web-sys, gloo or wasm-bindgen: every function runs natively in
//! `cargo test`, and any function that needs "now" or "today" takes it as a parameter.
//!
//! - [`envelope`]: the file and storage envelopes, export, file names, the stored revision.
//! - [`import`]: the import pipeline, from bytes or text to a checked [`import::ImportPreview`].
//! - [`migrate`]: the list of steps that bring an older plan up to [`crate::model::SCHEMA_VERSION`].
//! - [`error`]: what can go wrong on import, and the words for it in both languages.
//! - [`pretty`]: indents compact JSON for exported files.
//! - [`storage_limit`]: the most text any browser's local storage holds.
//! - [`workshop_store`]: a workshop record's stored text, given up once no browser could store it.
//! - [`small_json`]: a small JSON reader for the plan list, preferences and a stored copy's head,
//!   so the first download needs no serde_json reader.
//! - [`share`]: share links (the plan in the URL fragment): spotting, base64url, the size limit.
//! - [`stored_writer`]: the open plan's stored copy again and again, re-serialising only what
//!   changed.
//! - [`deflate`]: raw DEFLATE in Rust, for links in browsers without `CompressionStream`.
//! - [`ics`]: the content calendar as iCalendar (.ics) and CSV files.
//! - [`handin`]: workshop hand-ins: the file a table sends, and reading what the facilitator gets.
//! - [`join`]: workshop join links (the session in the URL fragment): encoding, reading, sizes.
//! - [`qr`]: QR codes as a matrix and as one SVG path, drawn by the app itself.
//! - [`paste_split`]: one paste of many hand-ins split into plan texts and links.
//! - [`bundle`]: a whole workshop (session and collection) as one file, and reading it back.
//! - `strict` (private): the JSON reader that refuses duplicate keys and deep nesting.

pub mod bundle;
pub mod deflate;
pub mod envelope;
pub mod error;
pub mod handin;
pub mod ics;
pub mod import;
pub mod join;
pub mod migrate;
pub mod paste_split;
pub mod pretty;
pub mod qr;
pub mod share;
pub mod small_json;
pub mod storage_limit;
pub mod stored_writer;
mod strict;
pub mod workshop_store;
