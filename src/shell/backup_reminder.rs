//! The quiet backup reminder: after many edits or a week without a saved file, one line with the
//! reason, a one-click export and "later". The rule is [`crate::model::backup`]. Inside an app's
//! built-in browser (WeChat and the like), whose storage can be cleared with the app's cache and
//! where downloads often fail, it comes after fewer edits, says why, and offers Copy as well.

use leptos::prelude::*;

use crate::i18n::device::{app_name, DeviceText};
use crate::i18n::tf;
use crate::i18n::welcome::WelcomeText as W;
use crate::i18n::{labelled, Key};
use crate::model::backup::{backup_due, backup_due_in_app, BackupState};
use crate::model::PlanStoreFields;
use crate::shell::plan_copy::PlanCopyPiece;
use crate::state::use_locale;
use crate::state::use_workspace;

/// The reminder, shown only while one is due for the open plan.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let t = move |text: W| i18n.t(Key::Welcome(text));
    let in_app = crate::web::browser::in_app_browser();
    let rule = if in_app.is_some() {
        backup_due_in_app
    } else {
        backup_due
    };
    let due = Memo::new(move |_| {
        let store = ws.store.get();
        let id = store.id().get();
        let created_at = store.created_at().get();
        ws.index.with(|index| {
            let entry = index.entry(&id)?;
            let state = BackupState {
                edits_since_export: entry.edits_since_export,
                exported_at: entry.exported_at,
                created_at,
                snoozed_at: entry.backup_snoozed_at,
                edits_at_snooze: entry.edits_at_snooze,
            };
            rule(&state, crate::web::browser::now()).map(|due| (due, entry.exported_at.is_some()))
        })
    });
    let save = move |_| {
        ws.export_file();
    };
    let later = move |_| ws.snooze_backup();

    move || {
        due.get().map(|(due, exported_before)| {
            let days_label = if exported_before { W::ReminderDays } else { W::ReminderDaysNever };
            view! {
                <aside class="backup-reminder no-print" role="status" aria-labelledby="backup-reminder-title">
                    <div class="backup-reminder__text">
                        <strong id="backup-reminder-title">{move || t(W::ReminderTitle)}</strong>
                        " "
                        <span>{move || t(W::ReminderWhy)}</span>
                        {in_app.map(|app| view! {
                            " "
                            <span class="backup-reminder__in-app">
                                {move || {
                                    let locale = i18n.get();
                                    let name = crate::i18n::t(locale, app_name(app));
                                    tf(locale, DeviceText::ReminderInApp, &[("app", &name)])
                                }}
                            </span>
                        })}
                        <span class="backup-reminder__facts">
                            {move || labelled(i18n.get(), t(W::ReminderEdits), &due.edits.to_string())}
                            {(due.days > 0).then(|| view! {
                                " · "
                                {move || labelled(i18n.get(), t(days_label), &due.days.to_string())}
                            })}
                        </span>
                    </div>
                    <div class="backup-reminder__actions">
                        <button type="button" class="button button--primary" on:click=save>
                            {move || t(W::ReminderSave)}
                        </button>
                        {in_app.map(|_| view! {
                            <PlanCopyPiece id="backup-reminder-copy-box"/>
                        })}
                        <button type="button" class="button button--secondary" on:click=later>
                            {move || t(W::ReminderLater)}
                        </button>
                    </div>
                </aside>
            }
        })
    }
}
