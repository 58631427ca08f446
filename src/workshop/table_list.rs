//! The session's tables: one name field per table (`.workshop-table input`), a button to remove
//! each and one to add a table, up to the most a session may have.

use leptos::prelude::*;

use super::edit::{edit_session, read_session};
use super::problem_list::ProblemList;
use super::use_workshop;
use crate::i18n::tf;
use crate::i18n::workshop::default_table_names;
use crate::i18n::workshop_page::FacilitatorText as F;
use crate::model::workshop::session::MAX_TABLES;
use crate::model::workshop::SessionProblem;
use crate::state::use_locale;
use crate::web::focus::{focus_after_paint, Reveal};

/// The id of table `index`'s name field.
fn input_id(index: usize) -> String {
    format!("workshop-table-{index}")
}

/// The id of the add button (focus lands there when the last table goes).
const ADD_ID: &str = "workshop-table-add";

/// A name for a new table: the next numbered default not yet taken.
fn next_name(locale: crate::i18n::Locale, taken: &[String]) -> String {
    default_table_names(locale, MAX_TABLES + taken.len() + 1)
        .into_iter()
        .find(|name| !taken.iter().any(|t| t.trim() == name))
        .unwrap_or_default()
}

/// The table list of the open session.
#[component]
pub fn TableList() -> impl IntoView {
    let i18n = use_locale();
    let record = use_workshop().0;
    let count = Memo::new(move |_| read_session(record, |s| s.tables.len()));
    let add = move |_: leptos::ev::MouseEvent| {
        let locale = i18n.0.get_untracked();
        edit_session(record, |s| {
            if s.tables.len() < MAX_TABLES {
                let name = next_name(locale, &s.tables);
                s.tables.push(name);
            }
        });
        focus_after_paint(
            input_id(count.get_untracked().saturating_sub(1)),
            Reveal::Nearest,
        );
    };
    let row = move |index: usize| {
        let name =
            move || read_session(record, |s| s.tables.get(index).cloned().unwrap_or_default());
        let id = input_id(index);
        let problems_id = format!("workshop-table-{index}-problems");
        let remove = move |_: leptos::ev::MouseEvent| {
            edit_session(record, |s| {
                if index < s.tables.len() {
                    s.tables.remove(index);
                }
            });
            let left = count.get_untracked();
            if left == 0 {
                focus_after_paint(ADD_ID, Reveal::Nearest);
            } else {
                focus_after_paint(input_id(index.min(left - 1)), Reveal::Nearest);
            }
        };
        view! {
            <li class="workshop-table">
                <label class="visually-hidden" for=id.clone()>
                    {move || tf(i18n.get(), F::TableLabel, &[("n", &(index + 1))])}
                </label>
                <input id=id type="text" autocomplete="off"
                    aria-describedby=problems_id.clone()
                    prop:value=name
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        edit_session(record, |s| {
                            if let Some(table) = s.tables.get_mut(index) {
                                *table = value;
                            }
                        });
                    }/>
                <button type="button" class="button button--ghost workshop-table__remove" on:click=remove>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">
                        {move || tf(i18n.get(), F::RemoveTable, &[("name", &name())])}
                    </span>
                </button>
                <ProblemList id=problems_id index=index
                    belongs=|p, _, i| matches!(p,
                        SessionProblem::TableEmpty { index } | SessionProblem::TableTooLong { index }
                        | SessionProblem::TableHasControl { index }
                        | SessionProblem::TableRepeated { index, .. } if *index == i)/>
            </li>
        }
    };
    view! {
        <fieldset class="workshop-tables">
            <legend>{move || i18n.t(F::TablesLegend)}</legend>
            <p class="field__hint">{move || tf(i18n.get(), F::TablesHint, &[("max", &MAX_TABLES)])}</p>
            // Rows are places in the list: each reads the name at its place, so removing one
            // shifts the names up and the last row goes.
            <ol class="workshop-tables__list">
                <For each=move || 0..count.get() key=|index| *index let:index>
                    {row(index)}
                </For>
            </ol>
            <ProblemList id="workshop-tables-problems"
                belongs=|p, _, _| matches!(p,
                    SessionProblem::NoTables | SessionProblem::TooManyTables { .. })/>
            <button type="button" id=ADD_ID class="button button--secondary"
                disabled=move || { count.get() >= MAX_TABLES } on:click=add>
                {move || i18n.t(F::AddTable)}
            </button>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn a_new_table_takes_the_first_free_number() {
        let taken = default_table_names(Locale::En, 3);
        assert_eq!(next_name(Locale::En, &taken), "Table 4");
        let gap = vec!["Table 1".to_string(), "Table 3".to_string()];
        assert_eq!(next_name(Locale::En, &gap), "Table 2");
        assert_eq!(next_name(Locale::ZhCn, &[]), "组1");
    }
}
