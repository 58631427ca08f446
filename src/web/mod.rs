//! The browser's edges: storage (the only code that touches it), browser facts, the address,
//! share links (with a DEFLATE piece for browsers that lack compression streams), the clipboard,
//! offline support, the hand-over from the static page, and the pieces that load
//! when first needed (the plan reader, the checks of later steps and the late half of the texts
//! among them).

pub mod boot;
pub mod browser;
pub mod checks;
pub mod chunks;
pub mod clipboard;
pub mod deflate;
pub mod focus;
pub mod nav;
pub mod offline;
pub mod reader;
pub mod share_link;
pub mod storage;
pub mod texts;
