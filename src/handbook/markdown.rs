//! The handbook as Markdown: CommonMark, with GitHub-style pipe tables for the matrices.
//!
//! User text is escaped so that it always reads as text: no stray emphasis, links, HTML or
//! headings, whatever the plan contains. Line breaks inside a value become hard breaks in
//! paragraphs and lists and spaces in table cells (a table row must stay on one line).

use super::document::{Block, Document, Table};

/// The whole document as Markdown, ending with one newline.
pub fn to_markdown(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", inline(&doc.title)));
    if !doc.subtitle.trim().is_empty() {
        out.push_str(&format!("{}\n\n", paragraph(&doc.subtitle)));
    }
    for section in &doc.sections {
        out.push_str(&format!("## {}\n\n", inline(&section.title)));
        for block in &section.blocks {
            block_markdown(block, &mut out);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn block_markdown(block: &Block, out: &mut String) {
    match block {
        Block::Heading(text) => out.push_str(&format!("### {}\n\n", inline(text))),
        Block::Paragraph(text) => out.push_str(&format!("{}\n\n", paragraph(text))),
        Block::Missing(text) => out.push_str(&format!("*{}*\n\n", inline(text))),
        Block::Quote(text) => {
            for line in paragraph(text).split('\n') {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
        Block::Fields(pairs) => {
            for (label, value) in pairs {
                out.push_str(&format!("- **{}**: {}\n", inline(label), list_item(value)));
            }
            out.push('\n');
        }
        Block::List(items) => {
            for item in items {
                out.push_str(&format!("- {}\n", list_item(item)));
            }
            out.push('\n');
        }
        Block::Steps(items) => {
            for (i, item) in items.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, list_item(item)));
            }
            out.push('\n');
        }
        Block::Table(table) => table_markdown(table, out),
    }
}

fn table_markdown(table: &Table, out: &mut String) {
    if table.headers.is_empty() {
        return;
    }
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&row(&table.headers));
    out.push_str(&format!(
        "|{}\n",
        table.headers.iter().map(|_| " --- |").collect::<String>()
    ));
    for r in &table.rows {
        out.push_str(&row(r));
    }
    out.push('\n');
}

/// Escapes every character that could start inline markup (emphasis, code, links, HTML,
/// autolinks, entities) and collapses line breaks to spaces.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// Text that may hold several lines: each line escaped, joined with hard breaks; a line that
/// would start a block (heading, list, quote, rule, numbered item) has its marker escaped.
fn paragraph(text: &str) -> String {
    let lines: Vec<String> = text
        .trim()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| guard_line_start(&inline(l)))
        .collect();
    lines.join("\\\n")
}

/// A list item's text: like a paragraph, with continuation lines indented under the item.
fn list_item(text: &str) -> String {
    paragraph(text).replace("\\\n", "\\\n  ")
}

fn cell(text: &str) -> String {
    let joined: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    inline(&joined.join(" "))
}

/// Escapes a block marker at the start of an (already inline-escaped) line.
fn guard_line_start(line: &str) -> String {
    let first = line.chars().next();
    match first {
        Some('-' | '+' | '=' | '>') => format!("\\{line}"),
        Some(c) if c.is_ascii_digit() => {
            let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
            let rest = &line[digits.len()..];
            if rest.starts_with('.') || rest.starts_with(')') {
                format!("{digits}\\{rest}")
            } else {
                line.to_string()
            }
        }
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handbook::document::Section;

    fn doc(blocks: Vec<Block>) -> Document {
        let mut section = Section::new("handbook-test", "Section");
        for b in blocks {
            section.push(b);
        }
        Document {
            title: "Plan".into(),
            subtitle: String::new(),
            sections: vec![section],
        }
    }

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            inline("*bold* _it_ [link](x) <b>html</b> `code` a|b &amp; ![i]"),
            "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>html\\</b\\> \\`code\\` a\\|b \\&amp; \\!\\[i\\]"
        );
        assert_eq!(inline("line one\nline two"), "line one line two");
        assert_eq!(
            inline("中文，没有需要转义的字符"),
            "中文，没有需要转义的字符"
        );
    }

    #[test]
    fn lines_that_would_start_a_block_stay_text() {
        let md = to_markdown(&doc(vec![Block::Paragraph(
            "# not a heading\n- not a list\n1. not numbered\n2024) still text\n> no quote\n12 apples".into(),
        )]));
        assert!(md.contains("\\# not a heading\\\n\\- not a list\\\n1\\. not numbered\\\n2024\\) still text\\\n\\> no quote\\\n12 apples"), "{md}");
    }

    #[test]
    fn tables_have_a_delimiter_row_and_one_line_per_row() {
        let mut table = Table::new(vec!["Theme".into(), "Share".into()]);
        table.push(vec!["Stories | people".into(), "40%".into()]);
        table.push(vec!["Two\nlines".into()]);
        let md = to_markdown(&doc(vec![Block::Table(table)]));
        assert!(md.contains(
            "| Theme | Share |\n| --- | --- |\n| Stories \\| people | 40% |\n| Two lines |  |\n"
        ), "{md}");
    }

    #[test]
    fn fields_lists_steps_quotes_and_gaps() {
        let md = to_markdown(&doc(vec![
            Block::Fields(vec![("Vision".into(), "Be *the* place".into())]),
            Block::List(vec!["one\ntwo".into()]),
            Block::Steps(vec!["Draft".into(), "Legal".into()]),
            Block::Quote("Coffee\nfirst".into()),
            Block::Missing("Not decided yet".into()),
        ]));
        assert!(md.starts_with("# Plan\n\n## Section\n\n"));
        assert!(md.contains("- **Vision**: Be \\*the\\* place\n"));
        assert!(md.contains("- one\\\n  two\n"));
        assert!(md.contains("1. Draft\n2. Legal\n"));
        assert!(md.contains("> Coffee\\\n> first\n"));
        assert!(md.ends_with("*Not decided yet*\n"));
    }
}
