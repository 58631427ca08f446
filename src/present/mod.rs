//! Projector mode (`#/present/<step>`): the open plan's decisions of a step as large-type slides
//! at 16:9, one after another, with keyboard and clicker navigation, a slide counter and, for a
//! workshop table's plan, the agenda's timer in a corner. The handbook presents every step. And
//! the steps' blank printable worksheets (`#/worksheet/<step>`), for tables working on paper.
//!
//! One piece for both (they are what a room needs, and one piece keeps the loader and the shared
//! modules small): nothing of it is in the first download. Which slides a step makes is
//! decided in `crate::model::slides`; the files here only draw them. Must not import a step or
//! the workshop pages.

mod content_slides;
mod deck;
mod goals_slide;
mod persona_slide;
mod session_timer;
mod slide_body;
mod team_slides;
mod voice_slide;
mod worksheet;
mod worksheet_parts;

use leptos::prelude::*;

use crate::model::Step;
use crate::split;

split!(
    present,
    preload_present,
    /// Projector mode for `step`, or its printable worksheet, built by a piece of its own.
    pub fn present_view(step: Step, worksheet: bool) -> AnyView {
        if worksheet {
            view! { <worksheet::WorksheetPage step=step/> }.into_any()
        } else {
            view! { <deck::PresentDeck step=step/> }.into_any()
        }
    }
);
