//! The finished handbook: one [`document::Document`] built from the plan ([`build`]) and
//! rendered as HTML on screen and in print, and as Markdown ([`markdown`]).
//!
//! Pure: no browser types, so the document and its Markdown are tested natively.

pub mod build;
pub mod document;
pub mod markdown;

pub use build::build_document;
pub use document::{Block, Document, Section, Table};
pub use markdown::to_markdown;
