//! Workshops: a facilitator runs a session, tables join and each works on its own tagged plan,
//! hand their plans in, and the facilitator compares them and merges the best parts.
//!
//! Pure domain, like all of `crate::model`: must not import leptos, web-sys, gloo, wasm-bindgen,
//! nor `crate::io` (reading hand-in texts, the join link and the bundle file live in
//! `crate::io::handin`, `crate::io::join` and `crate::io::bundle`, which build on these types).
//! Every function that needs "now" takes it as a parameter.
//!
//! - [`session`]: the session, what tables start from, the invite a join link carries.
//! - [`agenda`]: the agenda and where it stands at a given moment.
//! - [`collect`]: the facilitator's collection of hand-ins, one row per input, with statuses.
//! - [`compare`]: the tables side by side, step by step, with what the room agrees on.
//! - [`joining`]: what joining makes (the table's plan, its tag) and what the session bar shows.
//! - [`merge`]: the room's plan built from items picked out of any table, with a preview.
//! - [`record`]: what the facilitator's device keeps: the session and its collection.
//! - [`tag`]: the tag a table's plan (or the merged plan) carries: session, table, origins.

pub mod agenda;
pub mod collect;
pub mod compare;
pub mod joining;
pub mod merge;
pub mod record;
pub mod session;
pub mod tag;

pub use agenda::{Agenda, AgendaBlock, AgendaNow, AgendaProblem};
pub use collect::{Collection, Damage, Reading, Received, Row, RowReport, Status};
pub use record::WorkshopRecord;
pub use session::{Invite, Session, SessionProblem, Start};
pub use tag::{Origin, WorkshopTag};
