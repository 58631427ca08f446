//! Social Playbook (社媒运营手册工作台): a browser workbench that walks a team through writing its own
//! social-media operations handbook.
//!
//! Layers, from the bottom: [`model`] (pure domain), [`i18n`] (all interface text), [`storage`] (the only
//! code that touches browser storage), [`nav`] (the URL fragment), then [`components`], [`steps`] and
//! [`app`] (views).

pub mod app;
pub mod boot;
pub mod browser;
pub mod components;
pub mod context;
pub mod handbook;
pub mod i18n;
pub mod io;
pub mod model;
pub mod nav;
pub mod offline;
pub mod share_link;
pub mod steps;
pub mod storage;
pub mod workspace;
