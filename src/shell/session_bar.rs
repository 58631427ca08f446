//! The slim bar a workshop table's plan shows: the session, the table, the current agenda block
//! with minutes left, and the hand-in.

use leptos::prelude::*;

/// The session bar (nothing for a plan outside a workshop).
#[component]
pub fn SessionBar() -> impl IntoView {}
