//! A list of short values (interests, pains, words to avoid) as removable chips, with an input
//! that adds on Enter and when focus leaves, and optionally the checks of that list under it.

use leptos::prelude::*;
use reactive_stores::Field;

use super::{dom_id, FieldFindings};
use crate::i18n::shared::SharedText;
use crate::i18n::Key;
use crate::model::checks::Finding;
use crate::state::use_locale;

/// Splits typed text into chip values: one value per line (a pasted list), blanks dropped. Commas
/// do not split, because a value such as 「爱发照片，很少评论」 is one thought.
pub fn split_chips(text: &str) -> Vec<String> {
    text.split(['\n', '\r'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Adds `new` values to `list`, skipping ones already there (ignoring case).
pub fn add_unique(list: &mut Vec<String>, new: Vec<String>) {
    for value in new {
        if !list.iter().any(|v| same_ignoring_case(v, &value)) {
            list.push(value);
        }
    }
}

/// Whether `a` and `b` are the same text once every letter is lower case (letter by letter, which
/// needs no copy of either and none of the word-level rules of `str::to_lowercase`).
fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Chips for a `Vec<String>` field of the plan.
#[component]
pub fn ChipsField(
    /// The field's label.
    label: Key,
    /// The plan field it edits.
    #[prop(into)]
    values: Field<Vec<String>>,
    /// A hint under the field.
    #[prop(optional)]
    hint: Option<Key>,
    /// A placeholder example for the input.
    #[prop(optional)]
    placeholder: Option<Key>,
    /// Extra class on the wrapper (e.g. `chips--avoid`).
    #[prop(optional)]
    class: &'static str,
    /// Checks of this list, shown under it and read with the input.
    #[prop(optional, into)]
    findings: Option<Signal<Vec<Finding>>>,
    /// Anything shown after the checks (e.g. a restore button).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_locale();
    let id = dom_id("chips");
    let hint_id = format!("{id}-hint");
    let findings_id = format!("{id}-checks");
    let described = match findings {
        Some(_) => format!("{hint_id} {findings_id}"),
        None => hint_id.clone(),
    };
    let draft = RwSignal::new(String::new());
    let commit = move || {
        let new = split_chips(&draft.get_untracked());
        if !new.is_empty() {
            values.update(|list| add_unique(list, new));
        }
        draft.set(String::new());
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" {
            ev.prevent_default();
            commit();
        }
    };
    let chips = move || {
        // try_get: a card whose record was just removed may render once more before it goes.
        values
            .try_get()
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(index, value)| {
                let remove_label =
                    move || format!("{} {}", i18n.t(Key::Shared(SharedText::RemoveItem)), value);
                let shown = values
                    .try_with(|v| v.get(index).cloned().unwrap_or_default())
                    .unwrap_or_default();
                view! {
                    <li class="chip">
                        <span class="chip__text">{shown}</span>
                        <button
                            type="button"
                            class="chip__remove"
                            aria-label=remove_label
                            on:click=move |_| values.update(|list| {
                                if index < list.len() {
                                    list.remove(index);
                                }
                            })
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let field = view! {
        <div class=format!("field chips {class}")>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <ul class="chips__list">{chips}</ul>
            <input
                id=id
                type="text"
                class="chips__input"
                aria-describedby=described
                placeholder=move || placeholder.map(|k| i18n.t(k))
                prop:value=move || draft.get()
                on:input:target=move |ev| draft.set(ev.target().value())
                on:keydown=on_keydown
                on:blur=move |_| commit()
            />
            <p id=hint_id class="field__hint">
                {move || {
                    let how = i18n.t(Key::Shared(SharedText::AddChipHint));
                    match hint {
                        Some(k) => crate::i18n::join_sentences(i18n.get(), [i18n.t(k), how]),
                        None => how.to_string(),
                    }
                }}
            </p>
        </div>
    };
    if findings.is_none() && children.is_none() {
        return field.into_any();
    }
    view! {
        <div class="chips-checked">
            {field}
            {findings.map(|f| view! { <FieldFindings id=findings_id findings=f/> })}
            {children.map(|c| c())}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_value_per_line_and_commas_stay_inside_a_value() {
        assert_eq!(
            split_chips("爱发照片\u{ff0c}很少评论"),
            vec!["爱发照片\u{ff0c}很少评论"]
        );
        assert_eq!(
            split_chips("coffee, cake\n  books \r\n\n"),
            vec!["coffee, cake", "books"]
        );
        assert_eq!(split_chips("  "), Vec::<String>::new());
    }

    #[test]
    fn duplicates_are_skipped_ignoring_case() {
        let mut list = vec!["Coffee".to_string()];
        add_unique(&mut list, vec!["coffee".into(), "Tea".into(), "tea".into()]);
        assert_eq!(list, vec!["Coffee", "Tea"]);
        // Beyond ASCII too, and a longer or shorter text is never the same.
        add_unique(
            &mut list,
            vec![
                "ÉCLAIR".into(),
                "éclair".into(),
                "Coffees".into(),
                "Coffe".into(),
            ],
        );
        assert_eq!(list, vec!["Coffee", "Tea", "ÉCLAIR", "Coffees", "Coffe"]);
    }
}
