//! The facilitator's workshop page: set-up, hand-out, collect, compare and merge, one section
//! each, around the workshop stored on this device.
//!
//! The page owns the record: it opens the stored one (or a fresh session when this device has
//! none), shares it through [`WorkshopCtx`], and writes it to storage whenever it changes, except
//! while a round of hand-ins is being read in: then once the round is over (or at once if the page
//! is hidden meanwhile). A failed write keeps the record on the page and says so; it never drops
//! it, and leaving the page then asks first.

use leptos::prelude::*;

use super::collect_panel::CollectPanel;
use super::compare_panel::ComparePanel;
use super::handout::Handout;
use super::merge_panel::MergePanel;
use super::setup_form::SetupForm;
use super::worksheet_list;
use super::{CollectingCtx, SettledWorkshop, WorkshopCtx};
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::i18n::{t, tf, Locale};
use crate::model::workshop::session::DEFAULT_TABLE_COUNT;
use crate::model::workshop::{Agenda, Session, Start, WorkshopRecord};
use crate::state::use_locale;
use crate::web::browser;
use crate::web::storage::{self, PersistError};

/// Characters of a new session id (all URL-safe, see `is_valid_session_id`).
const ID_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Length of a new session id: 12 characters of 6 random bits each.
const ID_CHARS: usize = 12;

/// A new random session id.
fn new_session_id() -> String {
    (0..ID_CHARS)
        .map(|_| {
            let i = (js_sys::Math::random() * ID_ALPHABET.len() as f64) as usize;
            ID_ALPHABET[i.min(ID_ALPHABET.len() - 1)] as char
        })
        .collect()
}

/// The next full hour from now, on this device's clock.
fn next_full_hour() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let local = browser::to_local(browser::now());
    let hour = local
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(local);
    hour + chrono::TimeDelta::hours(1)
}

/// A fresh session as the page proposes it, worded in `locale`.
pub(super) fn new_record(locale: Locale) -> WorkshopRecord {
    let date = crate::i18n::format_date(locale, browser::today());
    WorkshopRecord::new(Session {
        id: new_session_id(),
        name: tf(locale, F::DefaultSessionName, &[("date", &date)]),
        start: Start::Blank,
        tables: crate::i18n::workshop::default_table_names(locale, DEFAULT_TABLE_COUNT),
        agenda: Agenda::standard(next_full_hour()),
        created_at: browser::now(),
    })
}

/// What the last write to storage said.
fn save_message(locale: Locale, result: &Result<(), PersistError>) -> Option<String> {
    match result {
        Ok(()) => None,
        Err(PersistError::Blocked) => Some(t(locale, F::SaveBlocked).to_string()),
        Err(PersistError::Quota) => Some(t(locale, F::SaveFull).to_string()),
        Err(PersistError::Other(detail)) => Some(tf(locale, F::SaveFailed, &[("detail", detail)])),
        Err(other) => Some(tf(
            locale,
            F::SaveFailed,
            &[("detail", &format!("{other:?}"))],
        )),
    }
}

/// The facilitator's workshop page.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let i18n = use_locale();
    let record = RwSignal::new(Some(
        storage::load_current_workshop().unwrap_or_else(|| new_record(i18n.0.get_untracked())),
    ));
    provide_context(WorkshopCtx(record));
    let collecting = RwSignal::new(false);
    provide_context(CollectingCtx(collecting));
    let settled = RwSignal::new(0u64);
    provide_context(SettledWorkshop {
        record,
        settled: settled.read_only(),
    });
    let saved = RwSignal::new(Ok::<(), PersistError>(()));
    let save = move || {
        let result = record.with_untracked(|r| r.as_ref().map(storage::save_workshop));
        if let Some(result) = result {
            if saved.with_untracked(|s| *s != result) {
                saved.set(result);
            }
        }
    };
    let unsaved = StoredValue::new(false);
    // True once the record changed on this page: from then on it holds work of this visit.
    let worked_on = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        record.track();
        if previous.is_some() {
            worked_on.set_value(true);
        }
        if collecting.get() {
            unsaved.set_value(true);
        } else {
            unsaved.set_value(false);
            save();
            if previous.is_some() {
                settled.update(|n| *n += 1);
            }
        }
    });
    // Leaving or hiding the page in the middle of a round keeps what was read so far.
    let flush = move || {
        if unsaved.get_value() {
            unsaved.set_value(false);
            save();
        }
    };
    browser::on_page_hidden(flush);
    // Work of this visit that storage did not take (blocked, full) is lost with the page: ask
    // before it goes, as the workbench does for a plan.
    let on_leave = window_event_listener(leptos::ev::beforeunload, move |event| {
        if worked_on.get_value() && saved.with_untracked(Result::is_err) {
            event.prevent_default();
            event.set_return_value("unsaved");
        }
    });
    on_cleanup(move || on_leave.remove());
    let message = move || saved.with(|s| save_message(i18n.get(), s));
    // Arriving from a link (the plan menu, the welcome view), keyboard and screen-reader users
    // start at the page's heading, as a step change starts at the step's.
    crate::web::focus::focus_after_paint("workshop-title", crate::web::focus::Reveal::Top);
    view! {
        <main id="main" class="workshop-page" tabindex="-1">
            <h1 id="workshop-title" tabindex="-1">{move || i18n.t(F::Heading)}</h1>
            <p class="workshop-page__intro">{move || i18n.t(F::Intro)}</p>
            <div class="workshop-save-status" role="status" aria-live="polite">
                {move || message().map(|text| view! {
                    <p class="message message--error workshop-save-error">{text}</p>
                })}
            </div>
            <SetupForm/>
            <Handout/>
            <worksheet_list::WorksheetList/>
            <CollectPanel/>
            <ComparePanel/>
            <MergePanel/>
        </main>
    }
}
