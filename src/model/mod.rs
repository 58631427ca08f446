//! The pure domain: what a plan is and the rules about it.
//!
//! Nothing here may import leptos views, web-sys, gloo or wasm-bindgen: every function runs natively
//! in `cargo test`, and any function that needs "today" or "now" takes it as a parameter.
//! (`reactive_stores::Store` derives are allowed: they add field accessors, not browser calls.)

pub mod approval;
pub mod backup;
pub mod calendar_filter;
pub mod calendar_math;
pub mod calendar_moves;
pub mod checks;
pub mod colour;
pub mod content;
pub mod content_mix;
pub mod example_personas;
pub mod example_voice;
pub mod examples;
pub mod goal;
pub mod goal_progress;
pub mod goal_templates;
pub mod id;
pub mod in_app;
pub mod iso_date;
pub mod marketing_dates;
pub mod marketing_dates_table;
pub mod persona;
pub mod plan;
pub mod records;
pub mod route;
pub mod slides;
pub mod smart;
pub mod step;
pub mod strategy;
pub mod team;
pub mod team_rules;
pub mod validate;
pub mod voice;
pub mod voice_check;
pub mod workshop;

pub use content::*;
pub use goal::*;
pub use id::Id;
pub use persona::*;
pub use plan::*;
pub use records::{reinsert, take_by_id, toggle_id, Keyed};
pub use step::Step;
pub use strategy::*;
pub use team::*;
pub use validate::*;
pub use voice::*;
