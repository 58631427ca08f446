//! `text_enum!`: declares a group of interface texts with both languages side by side.
//!
//! Each variant must give `en` and `zh`, so a missing translation does not compile, and the
//! group lists its own values for the completeness tests. Step editors keep their words in one
//! such group each (`i18n/strategy.rs`, `i18n/personas.rs`, …).

/// Declares `enum $name { Variant, … }` with `en()`, `zh()` and the `Enumerable` list.
#[macro_export]
macro_rules! text_enum {
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
            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $( $name::$variant => $en, )* }
            }

            /// The Chinese text.
            pub fn zh(self) -> &'static str {
                match self { $( $name::$variant => $zh, )* }
            }
        }

        impl $crate::i18n::Enumerable for $name {
            const VALUES: &'static [$name] = &[ $( $name::$variant, )* ];
        }
    };
}
