//! The handbook: health list, the document, share links.

mod document;
mod health;
mod page;
mod share_panel;

pub use document::HandbookDocument;
pub use health::HandbookHealth;
pub use page::HandbookStep;
pub use share_panel::ShareLinkPanel;
