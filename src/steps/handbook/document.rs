//! The handbook document on screen and in print: the same [`Document`] the Markdown export
//! writes, as semantic HTML (sections with headings, definition lists, tables with header cells).

use leptos::prelude::*;

use crate::handbook::{Block, Document};
use crate::i18n::handbook::HandbookText;
use crate::i18n::Key;
use crate::state::use_locale;

/// Renders a handbook document. Text is always inserted as text, never as markup.
#[component]
pub fn HandbookDocument(
    /// The document to show (rebuilt when the plan or the language changes).
    #[prop(into)]
    document: Signal<Document>,
) -> impl IntoView {
    let i18n = use_locale();
    move || {
        document.with(|doc| {
            let toc = doc
                .sections
                .iter()
                .map(|s| {
                    let href = format!("#{}", s.anchor);
                    view! { <li><a href=href class="handbook-toc__link">{s.title.clone()}</a></li> }
                })
                .collect_view();
            let sections = doc
                .sections
                .iter()
                .map(|s| {
                    let heading_id = format!("{}-title", s.anchor);
                    let labelled_by = heading_id.clone();
                    let blocks = s.blocks.iter().map(block_view).collect_view();
                    view! {
                        <section class="handbook-section" id=s.anchor aria-labelledby=labelled_by>
                            <h3 id=heading_id>{s.title.clone()}</h3>
                            {blocks}
                        </section>
                    }
                })
                .collect_view();
            view! {
                <article class="handbook-doc" aria-labelledby="handbook-doc-title">
                    <header class="handbook-doc__header">
                        <h2 id="handbook-doc-title" class="handbook-doc__title">{doc.title.clone()}</h2>
                        <p class="handbook-doc__subtitle">{lines(&doc.subtitle)}</p>
                    </header>
                    <nav class="handbook-toc no-print" aria-labelledby="handbook-toc-title">
                        <h3 id="handbook-toc-title" class="handbook-toc__title">
                            {move || i18n.t(Key::Handbook(HandbookText::Contents))}
                        </h3>
                        <ol>{toc}</ol>
                    </nav>
                    {sections}
                </article>
            }
        })
    }
}

/// Text with line breaks kept.
fn lines(text: &str) -> impl IntoView {
    let parts: Vec<String> = text.lines().map(str::to_string).collect();
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, line)| view! { {line}{(i + 1 < count).then(|| view! { <br/> })} })
        .collect_view()
}

fn block_view(block: &Block) -> AnyView {
    match block {
        Block::Heading(text) => view! { <h4>{text.clone()}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p>{lines(text)}</p> }.into_any(),
        Block::Missing(text) => view! { <p class="handbook-missing">{text.clone()}</p> }.into_any(),
        Block::Quote(text) => view! { <blockquote>{lines(text)}</blockquote> }.into_any(),
        Block::Fields(pairs) => {
            let rows = pairs
                .iter()
                .map(|(label, value)| {
                    view! { <div class="handbook-field"><dt>{label.clone()}</dt><dd>{lines(value)}</dd></div> }
                })
                .collect_view();
            view! { <dl class="handbook-fields">{rows}</dl> }.into_any()
        }
        Block::List(items) => {
            let rows = items
                .iter()
                .map(|i| view! { <li>{lines(i)}</li> })
                .collect_view();
            view! { <ul>{rows}</ul> }.into_any()
        }
        Block::Steps(items) => {
            let rows = items
                .iter()
                .map(|i| view! { <li>{lines(i)}</li> })
                .collect_view();
            view! { <ol class="handbook-steps">{rows}</ol> }.into_any()
        }
        Block::Table(table) => {
            let head = table
                .headers
                .iter()
                .map(|h| view! { <th scope="col">{h.clone()}</th> })
                .collect_view();
            let body = table
                .rows
                .iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .map(|c| view! { <td>{lines(c)}</td> })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=table.headers.join(" · ")>
                    <table class="handbook-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
                </div>
            }
            .into_any()
        }
    }
}
