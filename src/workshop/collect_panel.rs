//! Collecting the tables' hand-ins: files (picked or dropped, many at once), pasted texts and
//! links (many in one paste), one row each, and the whole workshop saved to or opened from one
//! file.
//!
//! Inputs wait in a queue and are read one per turn of the event loop (`super::collect_read`);
//! what was read reaches the workshop record in batches (at most every quarter second, and at the
//! end), because the page stores the whole record each time it changes.

use std::collections::VecDeque;

use leptos::prelude::*;

use super::collect_bundle::CollectBundle;
use super::collect_read::{clock_ms, files_of, next_turn, receive, Input};
use super::collect_row::CollectRow;
use super::use_workshop;
use super::CollectingCtx;
use crate::i18n::workshop_room::RoomText as R;
use crate::i18n::{tf, Locale};
use crate::io::paste_split::{split_paste, PieceKind};
use crate::model::workshop::{Received, Status};
use crate::state::use_locale;
use crate::web::browser;
use crate::widgets::{PasteClasses, PasteField};

/// How long read inputs may wait before they reach the record, in milliseconds: the rows and the
/// comparison follow a big drop a few times, not once per file, and "Reading n of m" tells the
/// progress meanwhile (the page writes the record to storage once the round is over).
const BATCH_MS: f64 = 1_000.0;

/// What the last round of adding gave.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Outcome {
    added: usize,
    ok: usize,
    not_kept: usize,
    skipped_lines: usize,
    empty_paste: bool,
}

impl Outcome {
    fn message(self, locale: Locale) -> String {
        if self.empty_paste {
            return tf(locale, R::PasteEmpty, &[]);
        }
        let mut parts = vec![tf(
            locale,
            R::Added,
            &[("count", &self.added), ("ok", &self.ok)],
        )];
        if self.not_kept > 0 {
            let full = Status::Full {
                limit: crate::model::workshop::collect::MAX_ROWS,
            };
            parts.push(crate::i18n::workshop_room::status_message(
                locale, &full, 0, None,
            ));
        }
        if self.skipped_lines > 0 {
            parts.push(tf(locale, R::SkippedLines, &[("n", &self.skipped_lines)]));
        }
        crate::i18n::join_sentences(locale, parts.iter().map(String::as_str))
    }
}

/// A row's identity in the list: its number, when and from where it came (a workshop opened
/// from a file may reuse numbers for other rows).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RowKey {
    number: u32,
    at: i64,
    source: String,
}

/// Collecting the tables' hand-ins: files, pasted texts and links, one row each.
#[component]
pub fn CollectPanel() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let queue = StoredValue::new_local(VecDeque::<Input>::new());
    let busy = expect_context::<CollectingCtx>().0;
    let done = RwSignal::new(0usize);
    let total = RwSignal::new(0usize);
    let outcome = RwSignal::new(None::<Outcome>);
    let paste_count = StoredValue::new(0usize);

    let commit = move |batch: &mut Vec<Received>, tally: &mut Outcome| {
        if batch.is_empty() || record.with_untracked(Option::is_none) {
            batch.clear();
            return;
        }
        record.update(|r| {
            if let Some(r) = r {
                for report in r.collection.add_all(batch.drain(..), browser::now()) {
                    if report.kept {
                        tally.added += 1;
                    } else {
                        tally.not_kept += 1;
                    }
                    if report.status == Status::Ok {
                        tally.ok += 1;
                    }
                }
            }
        });
    };

    let run = move |mut tally: Outcome| {
        leptos::task::spawn_local(async move {
            let mut batch = Vec::new();
            let mut last = clock_ms();
            loop {
                let next = queue.try_update_value(VecDeque::pop_front).flatten();
                let Some(input) = next else { break };
                batch.push(receive(input).await);
                done.update(|d| *d += 1);
                if clock_ms() - last >= BATCH_MS {
                    commit(&mut batch, &mut tally);
                    last = clock_ms();
                }
                next_turn().await;
            }
            commit(&mut batch, &mut tally);
            busy.set(false);
            done.set(0);
            total.set(0);
            outcome.set(Some(tally));
        });
    };

    let enqueue = move |inputs: Vec<Input>, tally: Outcome| {
        if inputs.is_empty() {
            outcome.set(Some(tally));
            return;
        }
        total.update(|t| *t += inputs.len());
        queue.update_value(|q| q.extend(inputs));
        if !busy.get_untracked() {
            busy.set(true);
            outcome.set(None);
            run(tally);
        }
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        input.set_value("");
        enqueue(
            files.into_iter().map(Input::File).collect(),
            Outcome::default(),
        );
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|dt| dt.files()));
        enqueue(
            files.into_iter().map(Input::File).collect(),
            Outcome::default(),
        );
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let add_pasted = move |text: String| {
        let locale = i18n.get();
        let split = split_paste(&text);
        let mut tally = Outcome {
            skipped_lines: split.skipped_lines,
            empty_paste: split.pieces.is_empty(),
            ..Outcome::default()
        };
        let inputs: Vec<Input> = split
            .pieces
            .iter()
            .map(|piece| {
                let n = paste_count.get_value() + 1;
                paste_count.set_value(n);
                let label = match piece.kind {
                    PieceKind::Link => R::PastedLink,
                    PieceKind::Json | PieceKind::Other => R::PastedText,
                };
                Input::Text {
                    source: tf(locale, label, &[("n", &n)]),
                    text: piece.text.to_string(),
                }
            })
            .collect();
        if !inputs.is_empty() {
            tally.empty_paste = false;
            pasted.set(String::new());
        }
        enqueue(inputs, tally);
    };

    let keys = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| {
                r.collection
                    .rows
                    .iter()
                    .map(|row| RowKey {
                        number: row.number,
                        at: row.received_at.timestamp_millis(),
                        source: row.source.clone(),
                    })
                    .collect()
            })
        })
    });
    let newest = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| {
                r.collection
                    .newest(&r.session.tables)
                    .iter()
                    .map(|row| (row.table.clone().unwrap_or_default(), row.number))
                    .collect::<Vec<_>>()
            })
        })
    });
    let status_line = move || {
        if busy.get() {
            tf(
                i18n.get(),
                R::Reading,
                &[
                    ("done", &(done.get() + 1).min(total.get())),
                    ("total", &total.get()),
                ],
            )
        } else {
            outcome
                .get()
                .map(|o| o.message(i18n.get()))
                .unwrap_or_default()
        }
    };

    let has_record = Memo::new(move |_| record.with(Option::is_some));
    let body = move || {
        if !has_record.get() {
            return view! { <p class="room-hint">{move || i18n.t(R::NoWorkshop)}</p> }.into_any();
        }
        view! {
            <p class="room-intro">{move || i18n.t(R::CollectIntro)}</p>
            <div
                class="drop-zone collect-drop"
                class:drop-zone--active=move || dragging.get()
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="button button--secondary file-button">
                    {move || i18n.t(R::ChooseFiles)}
                    <input
                        type="file"
                        multiple
                        class="visually-hidden collect-files"
                        accept=".json,.txt,application/json,text/plain"
                        on:change=on_pick
                    />
                </label>
                <span class="drop-zone__hint">{move || i18n.t(R::DropHere)}</span>
            </div>
            <PasteField
                id="collect-paste"
                label=R::PasteLabel
                action=R::PasteAdd
                text=pasted
                on_read=Callback::new(add_pasted)
                rows=5
                classes=PasteClasses { field: "collect-paste-field", area: "collect-paste", button: "collect-paste-add" }
            />
            <p class="collect-status-line" role="status" aria-live="polite">{status_line}</p>
            <Show
                when=move || !keys.with(Vec::is_empty)
                fallback=move || view! { <p class="room-hint collect-empty">{move || i18n.t(R::CollectEmpty)}</p> }
            >
                <table class="collect-table">
                    <caption>{move || i18n.t(R::RowsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(R::ColNumber)}</th>
                            <th scope="col">{move || i18n.t(R::ColSource)}</th>
                            <th scope="col">{move || i18n.t(R::ColTable)}</th>
                            <th scope="col">{move || i18n.t(R::ColPlan)}</th>
                            <th scope="col">{move || i18n.t(R::ColProgress)}</th>
                            <th scope="col">{move || i18n.t(R::ColReceived)}</th>
                            <th scope="col">{move || i18n.t(R::ColStatus)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || keys.get() key=|k| k.clone() let:k>
                            <CollectRow number=k.number newest=newest/>
                        </For>
                    </tbody>
                </table>
            </Show>
        }
        .into_any()
    };

    view! {
        <section class="workshop-section room-section collect-panel" aria-labelledby="collect-heading">
            <h2 id="collect-heading">{move || i18n.t(R::CollectHeading)}</h2>
            {body}
            <CollectBundle/>
        </section>
    }
}
