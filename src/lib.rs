//! Social Playbook (社媒运营手册工作台): a browser workbench that walks a team through writing its own
//! social-media operations handbook.
//!
//! Layers, from the top: [`app`] and [`shell`] (the frame), [`steps`] (one folder per step) and
//! [`workshop`] (the facilitator's page and the join page),
//! [`widgets`] (parts several steps share) and [`state`] (the open plan, autosave, contexts), then
//! [`web`] (the browser's edges: storage, address, share links, offline), [`io`] and [`handbook`]
//! (files and the document, pure), [`i18n`] (every text) and [`model`] (the pure domain). Imports
//! run downward only.

pub mod app;
pub mod handbook;
pub mod i18n;
pub mod io;
pub mod model;
pub mod present;
pub mod shell;
pub mod state;
pub mod steps;
pub mod web;
pub mod widgets;
pub mod workshop;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fixed_cases;
