//! The worked examples (a café, a manufacturer, a school) as cards, each with who it is and what
//! it teaches, and a button that opens it as a new plan beside the user's own. Used by the
//! example picker and the welcome view. The examples themselves are a piece of the app that
//! starts downloading when a card is pointed at or focused.

use leptos::prelude::*;

use crate::i18n::examples::{example_summary, example_title};
use crate::i18n::AppText;
use crate::i18n::Key;
use crate::model::examples::Example;
use crate::state::use_locale;
use crate::state::{prefetch_examples, use_workspace};

/// The example cards.
#[component]
pub fn ExampleList(
    /// Runs once the example is the open plan.
    on_opened: Callback<()>,
    /// Prefix of the cards' heading ids, unique per page.
    id: &'static str,
) -> impl IntoView {
    let i18n = use_locale();
    let ws = use_workspace();
    // The example being opened (its piece may still be downloading): its button shows it.
    let pending = RwSignal::new(None::<Example>);
    let opened = Callback::new(move |_| {
        pending.set(None);
        on_opened.run(());
    });
    let cards = Example::ALL
        .into_iter()
        .map(|example| {
            let heading_id = format!("{id}-{example:?}").to_ascii_lowercase();
            let labelled_by = heading_id.clone();
            view! {
                <li
                    class="example-card"
                    aria-labelledby=labelled_by
                    on:pointerenter=|_| prefetch_examples()
                    on:focusin=|_| prefetch_examples()
                >
                    <h3 id=heading_id class="example-card__title">{move || i18n.t(Key::Examples(example_title(example)))}</h3>
                    <p class="example-card__summary">{move || i18n.t(Key::Examples(example_summary(example)))}</p>
                    <button
                        type="button"
                        class="button button--primary"
                        class:button--waiting=move || pending.get() == Some(example)
                        aria-busy=move || (pending.get() == Some(example)).then_some("true")
                        on:click=move |_| {
                            pending.set(Some(example));
                            ws.open_example(example, i18n.get(), opened);
                        }
                    >
                        {move || i18n.t(Key::App(AppText::ExampleOpen))}
                        <span class="visually-hidden">": "{move || i18n.t(Key::Examples(example_title(example)))}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="example-cards">{cards}</ul> }
}
