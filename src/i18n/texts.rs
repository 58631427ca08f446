//! `texts!`: the one way to write interface text. A group of texts is an enum whose every variant
//! gives its English and its Chinese side by side, so a text without a translation does not
//! compile. Texts that carry values name them as holes (`"Step {number} of {total}"`), filled by
//! [`fill`]; each language orders the holes its own way, and a test checks both use the same ones.
//!
//! The group's words live in its `EN` and `ZH` tables, which only the language catalogues read
//! (`super::catalogue`); views ask for a text through `super::t`, never from the tables, so the
//! release build can load one language without the other. The one exception is a group only a
//! piece shows (`super::present::RoomPieceText`): its piece reads both tables itself.

use std::fmt::Display;

/// Declares `enum $name { Variant, … }` with the `EN`/`ZH` tables and the `Enumerable` list.
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => en: $en:expr, zh: $zh:expr; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        impl $name {
            /// The group in English, in declaration order (read only by the catalogue).
            pub const EN: &'static [&'static str] = &[ $( $en, )* ];
            /// The group in Chinese, in declaration order (read only by the catalogue).
            pub const ZH: &'static [&'static str] = &[ $( $zh, )* ];
        }

        impl $crate::i18n::Enumerable for $name {
            const VALUES: &'static [$name] = &[ $( $name::$variant, )* ];
        }
    };
}

/// A type whose values can all be listed (for the completeness tests).
pub trait Enumerable: Sized + Copy + 'static {
    /// Every value, in declaration order.
    const VALUES: &'static [Self];
}

/// Fills the holes of `template` (`{name}`) with `values`; `{{` and `}}` stand for braces. A hole
/// without a value is left as written, so a mistake shows on screen instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{") {
            out.push('{');
            rest = after;
        } else if let Some(after) = tail.strip_prefix("}}") {
            out.push('}');
            rest = after;
        } else if let Some(after) = tail.strip_prefix('}') {
            out.push('}');
            rest = after;
        } else if let Some(close) = tail.find('}') {
            let name = &tail[1..close];
            match values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => out.push_str(&value.to_string()),
                None => out.push_str(&tail[..=close]),
            }
            rest = &tail[close + 1..];
        } else {
            out.push_str(tail);
            rest = "";
        }
    }
    out.push_str(rest);
    out
}

/// The names of the holes in `template`, sorted, each once.
pub fn holes(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{") {
            rest = after;
        } else if let Some(close) = tail.find('}') {
            names.push(&tail[1..close]);
            rest = &tail[close + 1..];
        } else {
            break;
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_by_name_in_any_order() {
        let text = fill("第 {n} 步，共 {total} 步", &[("total", &6), ("n", &2)]);
        assert_eq!(text, "第 2 步，共 6 步");
        assert_eq!(fill("{n} of {n}", &[("n", &"x")]), "x of x");
    }

    #[test]
    fn doubled_braces_are_braces_and_unknown_holes_stay_visible() {
        assert_eq!(fill("{{x}} = {x}", &[("x", &1)]), "{x} = 1");
        assert_eq!(fill("a {missing} b", &[]), "a {missing} b");
        assert_eq!(fill("open { end", &[]), "open { end");
        assert_eq!(fill("close } end", &[]), "close } end");
    }

    #[test]
    fn holes_are_listed_once_each() {
        assert_eq!(holes("{b} {a} {{c}} {b}"), vec!["a", "b"]);
        assert!(holes("none").is_empty());
    }
}
