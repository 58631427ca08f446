//! Application state: the workspace (open plan, plan list, plan actions) with autosave, tab sync,
//! the leave-page guard and the notices they raise, and the small UI contexts.

mod autosave;
pub mod context;
pub mod join;
mod keys;
mod leave_guard;
mod notices;
mod tab_sync;
pub mod workspace;

pub use autosave::AUTOSAVE_DELAY;
pub use context::*;
pub use keys::refresh_keys;
pub use notices::{Banner, SaveStatus, Toast};
pub use workspace::*;
