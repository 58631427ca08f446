//! The handbook as a plain document: sections of headings, paragraphs, labelled fields, lists,
//! tables and quotes. Built once from the plan (see [`super::build`]) and rendered twice: as HTML
//! on screen and in print, and as Markdown, so both always say the same thing.

/// The whole handbook.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    /// Organisation, date and other facts under the title.
    pub subtitle: String,
    pub sections: Vec<Section>,
}

/// One chapter (one step of the method).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// A stable id for links and the table of contents (`handbook-strategy`, …).
    pub anchor: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sub-heading inside a section.
    Heading(String),
    Paragraph(String),
    /// Label and value pairs (a definition list on screen).
    Fields(Vec<(String, String)>),
    List(Vec<String>),
    /// A numbered list (steps in order).
    Steps(Vec<String>),
    Table(Table),
    Quote(String),
    /// Something not decided yet, shown muted, so a gap is visible rather than silent.
    Missing(String),
}

/// A table with a header row; every row has as many cells as there are headers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these headers and no rows yet.
    pub fn new(headers: Vec<String>) -> Table {
        Table {
            headers,
            rows: Vec::new(),
        }
    }

    /// Adds a row, padding or cutting it to the number of headers.
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }
}

impl Section {
    /// A section with no blocks yet.
    pub fn new(anchor: &'static str, title: impl Into<String>) -> Section {
        Section {
            anchor,
            title: title.into(),
            blocks: Vec::new(),
        }
    }

    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Adds `Fields`, leaving out pairs whose value is blank; nothing when all are blank.
    pub fn fields(&mut self, pairs: Vec<(String, String)>) {
        let kept: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .collect();
        if !kept.is_empty() {
            self.push(Block::Fields(kept));
        }
    }

    /// Adds a sub-heading and a list of the non-blank `items`; nothing when there are none.
    pub fn titled_list(&mut self, title: impl Into<String>, items: &[String]) {
        let kept: Vec<String> = items
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if !kept.is_empty() {
            self.push(Block::Heading(title.into()));
            self.push(Block::List(kept));
        }
    }
}
