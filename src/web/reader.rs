//! The plan reader: the import checks (parse, migrate, check) that turn text into a plan. They
//! are a piece of their own in the release build, so a newcomer's first download holds only what
//! writes plans, not what reads them back.
//!
//! The piece hands over two plain function pointers; once it is here, reading is synchronous
//! again. [`load`] brings it (at start when a plan is stored or a share link is opened, otherwise
//! in the background a moment after start, and at the latest when something needs it). Without the
//! `split` feature the functions are simply here.

use std::cell::Cell;

use crate::io::import::{import_bytes, import_text, ImportError, ImportPreview};
use crate::web::chunks::PieceError;

/// What reading gives: the checked plan, or why it was refused.
pub type ReadResult = Result<ImportPreview, ImportError>;

/// The reader's two entry points.
#[derive(Clone, Copy)]
pub struct Reader {
    text: fn(&str) -> ReadResult,
    bytes: fn(&[u8]) -> ReadResult,
}

crate::split!(
    reader,
    preload_reader,
    /// The reader's entry points (their code is the piece).
    fn reader_piece() -> Reader {
        Reader {
            text: import_text,
            bytes: import_bytes,
        }
    }
);

thread_local! {
    static LOADED: Cell<Option<Reader>> = const { Cell::new(None) };
}

/// The reader, if it is here.
fn loaded() -> Option<Reader> {
    LOADED.with(Cell::get)
}

/// True once the reader is here (always, without the `split` feature, after [`load`]).
pub fn is_loaded() -> bool {
    cfg!(not(feature = "split")) || loaded().is_some()
}

/// Brings the reader if it is not here yet.
pub async fn load() -> Result<(), PieceError> {
    if loaded().is_none() {
        let reader = reader_piece().await?;
        LOADED.with(|cell| cell.set(Some(reader)));
    }
    Ok(())
}

/// The reader now, without waiting: `None` while it has not arrived.
fn now() -> Option<Reader> {
    if cfg!(feature = "split") {
        loaded()
    } else {
        Some(Reader {
            text: import_text,
            bytes: import_bytes,
        })
    }
}

/// Reads plan text (a file's, a stored slot's); `None` while the reader has not arrived.
pub fn read_text(text: &str) -> Option<ReadResult> {
    now().map(|reader| (reader.text)(text))
}

/// Reads plan bytes (a file, a share link's payload); `None` while the reader has not arrived.
pub fn read_bytes(bytes: &[u8]) -> Option<ReadResult> {
    now().map(|reader| (reader.bytes)(bytes))
}

/// Brings the reader if needed, then reads `bytes`.
pub async fn read_bytes_when_loaded(bytes: &[u8]) -> Result<ReadResult, PieceError> {
    load().await?;
    read_bytes(bytes).ok_or(PieceError)
}

/// Brings the reader if needed, then reads `text`.
pub async fn read_text_when_loaded(text: &str) -> Result<ReadResult, PieceError> {
    load().await?;
    read_text(text).ok_or(PieceError)
}
