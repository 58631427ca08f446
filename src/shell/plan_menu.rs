//! The plan switcher in the header: the open plan's name, the list of plans, and the plan and
//! file actions (new, rename, duplicate, delete, import, export, and copying the plan's text
//! where downloads fail).

use leptos::prelude::*;

use crate::i18n::welcome::WelcomeText;
use crate::i18n::workshop_page::FacilitatorText;
use crate::i18n::AppText;
use crate::i18n::{format_date_time, Key};
use crate::model::route::{DATA_HASH, WELCOME_HASH, WORKSHOP_HASH};
use crate::model::PlanStoreFields;
use crate::shell::dialogs::{
    DeletePlanDialog, ExamplePickerDialog, ImportDialog, PlanDetailsDialog, PlanDetailsMode,
};
use crate::shell::plan_copy::PlanCopyPiece;
use crate::state::use_locale;
use crate::state::use_workspace;

/// The header's plan menu.
#[component]
pub fn PlanMenu() -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    let expanded = RwSignal::new(false);
    let details_open = RwSignal::new(false);
    let details_mode = RwSignal::new(PlanDetailsMode::New);
    let delete_open = RwSignal::new(false);
    let import_open = RwSignal::new(false);
    let examples_open = crate::state::use_example_picker().unwrap_or_else(|| RwSignal::new(false));

    // Closing the menu hands focus to its toggle, so a dialog opened from the menu gives focus back
    // to something visible when it closes.
    let close_menu = move || {
        expanded.set(false);
        if let Some(toggle) = document().get_element_by_id("plan-menu-toggle") {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(toggle).focus();
        }
    };
    let plan_name = move || ws.store.get().name().get();
    let open_details = move |mode| {
        details_mode.set(mode);
        close_menu();
        details_open.set(true);
    };
    let export = move |_| {
        close_menu();
        ws.export_file();
    };
    let last_export = move || {
        let id = ws.store.get().id().get();
        let at = ws.index.with(|i| i.entry(&id).and_then(|e| e.exported_at));
        match at {
            Some(at) => crate::i18n::labelled(
                i18n.get(),
                i18n.t(Key::App(AppText::LastExportedLabel)),
                &format_date_time(i18n.get(), crate::web::browser::to_local(at)),
            ),
            None => i18n.t(Key::App(AppText::LastExportedNever)).to_string(),
        }
    };
    let plans = move || {
        let current = ws.store.get().id().get();
        ws.index.with(|index| {
            index
                .plans
                .iter()
                .map(|entry| {
                    let id = entry.id.clone();
                    let is_current = id == current;
                    let label = if entry.organisation.is_empty() {
                        entry.name.clone()
                    } else {
                        format!("{} · {}", entry.name, entry.organisation)
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="plan-menu__plan"
                                aria-current=is_current.then_some("true")
                                on:click=move |_| {
                                    close_menu();
                                    ws.switch_to(&id);
                                }
                            >
                                {label}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && expanded.get_untracked() {
            close_menu();
            crate::web::focus::focus_after_paint(
                "plan-menu-toggle",
                crate::web::focus::Reveal::Top,
            );
        }
    };

    view! {
        <div class="plan-menu" on:keydown=on_keydown>
            <button
                type="button"
                id="plan-menu-toggle"
                class="plan-menu__toggle"
                aria-expanded=move || expanded.get().to_string()
                aria-controls="plan-menu-panel"
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                <span class="visually-hidden">{move || i18n.t(Key::App(AppText::PlanMenu))}": "</span>
                <span class="plan-menu__name">{plan_name}</span>
                <span aria-hidden="true" class="plan-menu__caret">"▾"</span>
            </button>
            <div id="plan-menu-panel" class="plan-menu__panel" hidden=move || !expanded.get()>
                <h2 class="plan-menu__heading">{move || i18n.t(Key::App(AppText::PlansHeading))}</h2>
                <ul class="plan-menu__plans">{plans}</ul>
                <p class="plan-menu__export-note">{last_export}</p>
                <div class="plan-menu__actions">
                    <button type="button" class="button button--secondary" on:click=move |_| open_details(PlanDetailsMode::New)>
                        {move || i18n.t(Key::App(AppText::PlanNew))}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            close_menu();
                            examples_open.set(true);
                        }
                    >
                        {move || i18n.t(Key::App(AppText::PlanFromExample))}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| open_details(PlanDetailsMode::Rename)>
                        {move || i18n.t(Key::App(AppText::PlanRename))}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            close_menu();
                            ws.duplicate(i18n.get());
                        }
                    >
                        {move || i18n.t(Key::App(AppText::PlanDuplicate))}
                    </button>
                    <button
                        type="button"
                        class="button button--danger"
                        on:click=move |_| {
                            close_menu();
                            delete_open.set(true);
                        }
                    >
                        {move || i18n.t(Key::App(AppText::PlanDelete))}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| {
                            close_menu();
                            import_open.set(true);
                        }
                    >
                        {move || i18n.t(Key::App(AppText::PlanImport))}
                    </button>
                    <button type="button" class="button button--primary" on:click=export>
                        {move || i18n.t(Key::App(AppText::PlanExport))}
                    </button>
                </div>
                <Show when=move || expanded.get()>
                    <PlanCopyPiece id="plan-menu-copy-box"/>
                </Show>
                <ul class="plan-menu__links">
                    <li>
                        <a href=WELCOME_HASH on:click=move |_| expanded.set(false)>
                            {move || i18n.t(Key::Welcome(WelcomeText::MenuWelcome))}
                        </a>
                    </li>
                    <li>
                        <a href=DATA_HASH on:click=move |_| expanded.set(false)>
                            {move || i18n.t(Key::Welcome(WelcomeText::DataLink))}
                        </a>
                    </li>
                    <li>
                        <a href=WORKSHOP_HASH on:click=move |_| expanded.set(false)>
                            {move || i18n.t(Key::Facilitator(FacilitatorText::EntryLink))}
                        </a>
                    </li>
                </ul>
            </div>
            <PlanDetailsDialog open=details_open mode=details_mode/>
            <DeletePlanDialog open=delete_open/>
            <ImportDialog open=import_open/>
            <ExamplePickerDialog open=examples_open/>
        </div>
    }
}
