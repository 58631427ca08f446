//! Words of the workshop: the default table names a new session proposes, and (later in the
//! file) what each hand-in row, join link and bundle problem says, in both languages.
//!
//! The table names are worded here once, in the facilitator's language; from then on they are
//! data of the session (`crate::model::workshop::Session::tables`) and travel as written.

use super::{tf, Locale};

crate::texts! {
    /// Workshop texts.
    pub enum WorkshopText {
        /// A table's default name; `{n}` counts from 1.
        TableName => en: "Table {n}", zh: "组{n}";
    }
}

/// `count` table names in `locale`: "组1"…"组N" or "Table 1"…"Table N".
pub fn default_table_names(locale: Locale, count: usize) -> Vec<String> {
    (1..=count)
        .map(|n| tf(locale, WorkshopText::TableName, &[("n", &n)]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workshop::session::{Session, MAX_TABLES};

    #[test]
    fn default_table_names_follow_the_language() {
        assert_eq!(
            default_table_names(Locale::ZhCn, 3),
            vec!["组1", "组2", "组3"]
        );
        assert_eq!(
            default_table_names(Locale::En, 2),
            vec!["Table 1", "Table 2"]
        );
        assert!(default_table_names(Locale::ZhCn, 0).is_empty());
        let many = default_table_names(Locale::En, MAX_TABLES);
        assert_eq!(many.last().map(String::as_str), Some("Table 20"));
    }

    #[test]
    fn default_table_names_pass_the_session_checks() {
        for locale in Locale::ALL {
            let session = Session {
                id: "abc".into(),
                name: "x".into(),
                tables: default_table_names(locale, MAX_TABLES),
                agenda: crate::model::workshop::Agenda::standard(Default::default()),
                ..Session::default()
            };
            assert_eq!(session.problems(), vec![]);
        }
    }
}
