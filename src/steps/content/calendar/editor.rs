//! The editor of one calendar item, in a modal dialog: every field of the item, the creation
//! principles as a checklist with their definitions, the status (held back while the approval
//! path still lacks sign-offs) and the sign-offs themselves. Edits go to a draft; Save stores it.

use chrono::NaiveTime;
use leptos::prelude::*;
use reactive_stores::Store;

use super::section::{ct, duplicate, item_dom_id, item_name, remove, save_draft, CalendarUi};
use super::toolbar::ADD_BUTTON_ID;
use super::CalendarSignOffs;
use crate::i18n::calendar::{sign_offs_missing, CalendarText};
use crate::i18n::content_names::{
    format_label, principle_definition, principle_name, status_name, theme_label,
};
use crate::i18n::goals::goal_name;
use crate::i18n::personas::shown_name;
use crate::i18n::strategy::platform_label;
use crate::i18n::team_names::team_role_label;
use crate::i18n::{t, Locale};
use crate::model::approval::{can_move_to, missing_sign_offs};
use crate::model::calendar_moves::set_principle;
use crate::model::{
    CalendarItem, ContentStoreFields, Format, Id, Plan, PlanStoreFields, Principle, Status,
    StrategyStoreFields, TeamStoreFields,
};
use crate::state::use_locale;
use crate::widgets::{dom_id, parse_date, Modal};

fn status_code(status: Status) -> String {
    format!("{status:?}")
}

fn format_code(format: Format) -> String {
    format!("{format:?}")
}

/// A `<select>` over optional ids: "Not chosen" plus `options` (id, label).
fn id_select(
    label: CalendarText,
    options: Signal<Vec<(Id, String)>>,
    current: Signal<Option<Id>>,
    on_pick: impl Fn(Option<Id>) + 'static,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("calendar-field");
    let select_id = id.clone();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(ct(label))}</label>
            <select id=select_id on:change:target=move |ev| on_pick(ev.target().value().parse().ok())>
                <option value="" prop:selected=move || current.get().is_none()>{move || i18n.t(ct(CalendarText::NotChosen))}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    view! { <option value=value.to_string() prop:selected=move || current.get() == Some(value)>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The names of the approval steps that have not signed `item` yet.
fn missing_step_names(plan: &Plan, item: &CalendarItem, locale: Locale) -> Vec<String> {
    let path = &plan.team.approval_path;
    missing_sign_offs(item, path)
        .into_iter()
        .filter_map(|step| {
            let index = path.iter().position(|s| s.id == step)?;
            Some(super::sign_offs::approval_step_name(
                plan,
                &path[index],
                index,
                locale,
            ))
        })
        .collect()
}

/// The item editor; shown while `ui.editor_open` is true.
#[component]
pub fn CalendarEditor(
    /// The open plan.
    store: Store<Plan>,
    /// The calendar's UI state (holds the draft).
    ui: CalendarUi,
) -> impl IntoView {
    let i18n = use_locale();
    let draft = ui.draft;
    let title = Signal::derive(move || {
        i18n.t(ct(if ui.draft_is_new.get() {
            CalendarText::NewItemTitle
        } else {
            CalendarText::EditItemTitle
        }))
        .to_string()
    });
    let blocked = RwSignal::new(None::<String>);
    Effect::new(move || {
        if ui.editor_open.get() {
            blocked.set(None);
        }
    });

    let platforms = Signal::derive(move || {
        let locale = i18n.get();
        store.strategy().platforms().with(|l| {
            l.iter()
                .map(|p| (p.id, platform_label(locale, p)))
                .collect()
        })
    });
    let themes = Signal::derive(move || {
        let locale = i18n.get();
        store.content().themes().with(|l| {
            l.iter()
                .map(|th| (th.id, theme_label(locale, th)))
                .collect()
        })
    });
    let goals = Signal::derive(move || {
        let locale = i18n.get();
        store
            .goals()
            .with(|l| l.iter().map(|g| (g.id, goal_name(locale, g))).collect())
    });
    let roles = Signal::derive(move || {
        let locale = i18n.get();
        store.team().roles().with(|l| {
            l.iter()
                .map(|r| (r.id, team_role_label(locale, r)))
                .collect()
        })
    });

    let body = move || {
        let title_id = dom_id("calendar-title");
        let date_id = dom_id("calendar-date");
        let time_id = dom_id("calendar-time");
        let format_id = dom_id("calendar-format");
        let brief_id = dom_id("calendar-brief");
        let brief_hint = dom_id("calendar-brief-hint");
        let status_id = dom_id("calendar-status");
        let status_msg = dom_id("calendar-status-message");
        let (title_for, date_for, time_for, format_for, brief_for, status_for) = (
            title_id.clone(),
            date_id.clone(),
            time_id.clone(),
            format_id.clone(),
            brief_id.clone(),
            status_id.clone(),
        );
        let brief_hint_ref = brief_hint.clone();
        let status_msg_ref = status_msg.clone();

        let format_options = move || {
            let locale = i18n.get();
            store.content().with(|content| {
                Format::ALL
                    .iter()
                    .map(|f| {
                        let f = *f;
                        view! {
                            <option value=format_code(f) prop:selected=move || draft.with(|d| d.format == Some(f))>
                                {format_label(locale, f, content)}
                            </option>
                        }
                    })
                    .collect_view()
            })
        };
        let status_options = Status::ALL.map(|s| {
            view! {
                <option value=status_code(s) prop:selected=move || draft.with(|d| d.status == s)>
                    {move || status_name(i18n.get(), s)}
                </option>
            }
        });
        let on_status =
            move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
                let code = ev.target().value();
                let Some(wanted) = Status::ALL.into_iter().find(|s| status_code(*s) == code) else {
                    return;
                };
                let locale = i18n.0.get_untracked();
                let verdict = store.with_untracked(|plan| {
                    draft.with_untracked(|item| {
                        can_move_to(item, wanted, &plan.team.approval_path)
                            .map_err(|_| missing_step_names(plan, item, locale))
                    })
                });
                match verdict {
                    Ok(()) => {
                        blocked.set(None);
                        draft.update(|d| d.status = wanted);
                    }
                    Err(steps) => {
                        blocked.set(Some(sign_offs_missing(
                            locale,
                            status_name(locale, wanted),
                            &steps,
                        )));
                        let current = draft.with_untracked(|d| status_code(d.status));
                        ev.target().set_value(&current);
                    }
                }
            };

        let personas = move || {
            let locale = i18n.get();
            let unnamed = t(locale, ct(CalendarText::UnnamedPersona));
            store.personas().with(|list| {
                if list.is_empty() {
                    return view! { <p class="field__hint">{t(locale, ct(CalendarText::NoPersonas))}</p> }.into_any();
                }
                list.iter()
                    .map(|p| {
                        let pid = p.id;
                        let name = shown_name(&p.name, unnamed);
                        view! {
                            <label class="calendar-editor__check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || draft.with(|d| d.personas.contains(&pid))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        draft.update(|d| {
                                            d.personas.retain(|x| *x != pid);
                                            if on {
                                                d.personas.push(pid);
                                            }
                                        });
                                    }
                                />
                                {name}
                            </label>
                        }
                    })
                    .collect_view()
                    .into_any()
            })
        };

        let principles = Principle::ALL.map(|p| {
            let hint = dom_id("calendar-principle");
            let hint_ref = hint.clone();
            view! {
                <div class="calendar-editor__principle">
                    <label class="calendar-editor__check">
                        <input
                            type="checkbox"
                            aria-describedby=hint_ref
                            prop:checked=move || draft.with(|d| d.principles.contains(&p))
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                draft.update(|d| set_principle(d, p, on));
                            }
                        />
                        {move || principle_name(i18n.get(), p)}
                    </label>
                    <p id=hint class="field__hint">{move || principle_definition(i18n.get(), p)}</p>
                </div>
            }
        });

        let is_existing = move || !ui.draft_is_new.get();
        let item_id = move || draft.with_untracked(|d| d.id);

        view! {
            <form class="calendar-editor" on:submit=move |ev| {
                ev.prevent_default();
                save_draft(store, ui, i18n.0.get_untracked());
            }>
                <div class="field">
                    <label for=title_for>{move || i18n.t(ct(CalendarText::TitleLabel))}</label>
                    <input
                        id=title_id
                        type="text"
                        autocomplete="off"
                        maxlength="200"
                        placeholder=move || i18n.t(ct(CalendarText::TitlePlaceholder))
                        prop:value=move || draft.with(|d| d.title.clone())
                        on:input:target=move |ev| draft.update(|d| d.title = ev.target().value())
                    />
                </div>
                <div class="calendar-editor__grid">
                    <div class="field">
                        <label for=date_for>{move || i18n.t(ct(CalendarText::DateLabel))}</label>
                        <input
                            id=date_id
                            type="date"
                            required
                            prop:value=move || draft.with(|d| d.date.to_string())
                            on:change:target=move |ev| {
                                if let Some(date) = parse_date(&ev.target().value()) {
                                    draft.update(|d| d.date = date);
                                }
                            }
                        />
                    </div>
                    <div class="field">
                        <label for=time_for>{move || i18n.t(ct(CalendarText::TimeLabel))}</label>
                        <input
                            id=time_id
                            type="time"
                            prop:value=move || draft.with(|d| d.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default())
                            on:change:target=move |ev| {
                                let text = ev.target().value();
                                draft.update(|d| d.time = NaiveTime::parse_from_str(text.trim(), "%H:%M").ok());
                            }
                        />
                    </div>
                    {id_select(
                        CalendarText::PlatformLabel,
                        platforms,
                        Signal::derive(move || draft.with(|d| d.platform)),
                        move |v| draft.update(|d| d.platform = v),
                    )}
                    {id_select(
                        CalendarText::ThemeLabel,
                        themes,
                        Signal::derive(move || draft.with(|d| d.theme)),
                        move |v| draft.update(|d| d.theme = v),
                    )}
                    <div class="field">
                        <label for=format_for>{move || i18n.t(ct(CalendarText::FormatLabel))}</label>
                        <select id=format_id on:change:target=move |ev| {
                            let code = ev.target().value();
                            draft.update(|d| d.format = Format::ALL.into_iter().find(|f| format_code(*f) == code));
                        }>
                            <option value="" prop:selected=move || draft.with(|d| d.format.is_none())>{move || i18n.t(ct(CalendarText::NotChosen))}</option>
                            {format_options}
                        </select>
                    </div>
                    {id_select(
                        CalendarText::GoalLabel,
                        goals,
                        Signal::derive(move || draft.with(|d| d.goal)),
                        move |v| draft.update(|d| d.goal = v),
                    )}
                    {id_select(
                        CalendarText::OwnerLabel,
                        roles,
                        Signal::derive(move || draft.with(|d| d.owner_role)),
                        move |v| draft.update(|d| d.owner_role = v),
                    )}
                </div>
                <div class="field">
                    <label for=brief_for>{move || i18n.t(ct(CalendarText::BriefLabel))}</label>
                    <textarea
                        id=brief_id
                        aria-describedby=brief_hint_ref
                        prop:value=move || draft.with(|d| d.brief.clone())
                        on:input:target=move |ev| draft.update(|d| d.brief = ev.target().value())
                    ></textarea>
                    <p id=brief_hint class="field__hint">{move || i18n.t(ct(CalendarText::BriefHint))}</p>
                </div>
                <fieldset class="calendar-editor__set">
                    <legend>{move || i18n.t(ct(CalendarText::PersonasLabel))}</legend>
                    <div class="calendar-editor__checks">{personas}</div>
                </fieldset>
                <fieldset class="calendar-editor__set">
                    <legend>{move || i18n.t(ct(CalendarText::PrinciplesLabel))}</legend>
                    <p class="field__hint">{move || i18n.t(ct(CalendarText::PrinciplesHint))}</p>
                    {principles}
                </fieldset>
                <CalendarSignOffs store=store ui=ui/>
                <div class="field">
                    <label for=status_for>{move || i18n.t(ct(CalendarText::StatusLabel))}</label>
                    <select id=status_id aria-describedby=status_msg_ref on:change:target=on_status>
                        {status_options}
                    </select>
                    <p id=status_msg class="calendar-editor__blocked" role="alert">{move || blocked.get()}</p>
                </div>
                <div class="dialog-actions">
                    <Show when=is_existing>
                        <button type="button" class="button button--danger" on:click=move |_| remove(store, ui, item_id(), i18n.0.get_untracked())>
                            {move || i18n.t(ct(CalendarText::Delete))}
                            <span class="visually-hidden">" " {move || draft.with(|d| item_name(i18n.get(), d))}</span>
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| duplicate(store, ui, item_id(), i18n.0.get_untracked())>
                            {move || i18n.t(ct(CalendarText::Duplicate))}
                        </button>
                    </Show>
                    <button type="button" class="button button--secondary" on:click=move |_| ui.editor_open.set(false)>
                        {move || i18n.t(ct(CalendarText::Cancel))}
                    </button>
                    <button type="submit" class="button button--primary">
                        {move || i18n.t(ct(CalendarText::Save))}
                    </button>
                </div>
            </form>
        }
    };

    // Where focus goes when the editor closes and its opener has gone: the item it saved, or the
    // toolbar's add button when the item was deleted.
    let after_close = Signal::derive(move || {
        let id = draft.with(|d| d.id);
        let stored = store
            .content()
            .calendar()
            .with(|items| items.iter().any(|i| i.id == id));
        Some(if stored {
            item_dom_id(id)
        } else {
            ADD_BUTTON_ID.to_string()
        })
    });

    view! {
        <Modal open=ui.editor_open title=title title_id="calendar-editor-title" fallback_focus=after_close>
            {body}
        </Modal>
    }
}
