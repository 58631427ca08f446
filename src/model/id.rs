//! The record id every record of a plan carries. Its own file so that the record modules
//! (strategy, personas, voice, goals, team, content) can name it without importing `plan`, which
//! imports them.

/// A record id, unique within one plan and stored with it, so it survives reloads and files.
pub type Id = u64;
