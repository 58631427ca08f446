//! The deck: one slide at a time filling the screen at 16:9, moved by the arrow keys, Page
//! Up/Down (what presentation clickers send), Space, Home/End and on-screen buttons; Esc goes
//! back to the step. A counter shows where the deck stands and a live region announces each
//! slide.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::session_timer::SessionTimer;
use super::slide_body::{slide_body, slide_title};
use crate::i18n::fill;
use crate::i18n::present::{piece_text, RoomPieceText as P};
use crate::model::route::Route;
use crate::model::slides::deck;
use crate::model::Step;
use crate::state::{use_locale, use_workspace};
use crate::web::browser::today;
use crate::web::nav;

/// What a key does to the deck.
enum Move {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

/// The move a key stands for; `None` for keys the deck leaves alone. Space and Enter on a
/// button belong to the button.
fn key_move(ev: &web_sys::KeyboardEvent) -> Option<Move> {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return None;
    }
    let on_control = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A"));
    match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" | "PageDown" => Some(Move::Next),
        " " if ev.shift_key() && !on_control => Some(Move::Previous),
        " " if !on_control => Some(Move::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        "Escape" => Some(Move::Leave),
        _ => None,
    }
}

/// Projector mode for `step` of the open plan.
#[component]
pub fn PresentDeck(
    /// The step presented (the handbook presents every step).
    step: Step,
) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let day = today();
    let plan = Memo::new(move |_| ws.store.get().get());
    let slides = Memo::new(move |_| plan.with(|p| deck(p, step, day)));
    let index = RwSignal::new(0usize);
    let total = move || slides.with(Vec::len);
    // A plan edited elsewhere (another tab) may have fewer slides now.
    let at = Memo::new(move |_| index.get().min(total().saturating_sub(1)));
    let go = move |m: Move| {
        let last = total().saturating_sub(1);
        let now = at.get_untracked();
        match m {
            Move::Next => index.set((now + 1).min(last)),
            Move::Previous => index.set(now.saturating_sub(1)),
            Move::First => index.set(0),
            Move::Last => index.set(last),
            Move::Leave => nav::go(&Route::Step(step)),
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if let Some(m) = key_move(&ev) {
            ev.prevent_default();
            go(m);
        }
    });
    on_cleanup(move || keys.remove());

    let title = move || {
        let l = i18n.get();
        plan.with(|p| slides.with(|s| s.get(at.get()).map(|slide| slide_title(slide, p, l))))
            .unwrap_or_default()
    };
    let counter = move || format!("{} / {}", at.get() + 1, total());
    let announced = move || {
        fill(
            piece_text(i18n.get(), P::SlideOf),
            &[
                ("n", &(at.get() + 1)),
                ("total", &total()),
                ("title", &title()),
            ],
        )
    };
    let body = move || {
        let l = i18n.get();
        let i = at.get();
        plan.with(|p| slides.with(|s| s.get(i).map(|slide| slide_body(slide, p, l, day))))
    };
    view! {
        <main id="main" class="present" tabindex="-1">
            <div class="present__frame">
                <section
                    class="slide"
                    role="group"
                    aria-roledescription=move || piece_text(i18n.get(), P::SlideRole)
                    aria-label=counter
                >
                    {body}
                </section>
                <SessionTimer/>
                <div class="present__bar">
                    <button type="button" class="present__button present__previous"
                        aria-label=move || piece_text(i18n.get(), P::PreviousSlide)
                        disabled=move || { at.get() == 0 }
                        on:click=move |_| go(Move::Previous)>
                        <span aria-hidden="true">"‹"</span>
                    </button>
                    <p class="present__counter" aria-hidden="true">{counter}</p>
                    <button type="button" class="present__button present__next"
                        aria-label=move || piece_text(i18n.get(), P::NextSlide)
                        disabled=move || { at.get() + 1 >= total() }
                        on:click=move |_| go(Move::Next)>
                        <span aria-hidden="true">"›"</span>
                    </button>
                    <a class="present__leave" href=Route::Step(step).hash()>
                        {move || piece_text(i18n.get(), P::Leave)}
                    </a>
                </div>
                <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announced}</p>
            </div>
        </main>
    }
}
