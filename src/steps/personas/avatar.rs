//! A persona's avatar: initials or an emoji on one of the colour-blind-safe series colours, with
//! the text colour chosen for contrast. Decorative: the persona's name is always written beside it.

use leptos::prelude::*;

use crate::model::colour::{best_text_on, parse_hex, TextColour};
use crate::model::voice_check::is_cjk;

/// The Okabe–Ito colours of `--series-1..8` in `style/tokens.css`, in the same order.
pub const SERIES_HEX: [&str; 8] = [
    "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#000000",
];

/// Characters that separate words in a persona's name ("Mia · office", "小雨-杭州").
fn is_separator(c: char) -> bool {
    c.is_whitespace() || "·・-_/|,，、()（）[]【】:：".contains(c)
}

/// The initials of a name. Latin names give the first letter of the first two words ("Mia Chen"
/// → "MC"); a Chinese name of three characters gives the given name ("王小雨" → "小雨"), one of
/// one or two characters stays whole ("王五"), and a longer one gives its first two characters
/// ("欧阳娜娜" → "欧阳"). Empty for a blank name.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split(is_separator).filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return String::new();
    };
    let chars: Vec<char> = first.chars().collect();
    if chars.first().copied().is_some_and(is_cjk) {
        return match chars.len() {
            1 | 2 => first.to_string(),
            3 => chars[1..].iter().collect(),
            _ => chars[..2].iter().collect(),
        };
    }
    words
        .iter()
        .take(2)
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// What the avatar shows: the user's own initials or emoji, else the name's initials, else "?".
pub fn avatar_text(avatar: &str, name: &str) -> String {
    let own = avatar.trim();
    if !own.is_empty() {
        return own.to_string();
    }
    let from_name = initials(name);
    if from_name.is_empty() {
        "?".to_string()
    } else {
        from_name
    }
}

/// Black or white, whichever reads better on series colour `colour` (wrapped into 0–7).
pub fn avatar_ink(colour: u8) -> &'static str {
    let background = SERIES_HEX[usize::from(colour) % SERIES_HEX.len()];
    match parse_hex(background).map(|rgb| best_text_on(rgb).text) {
        Some(TextColour::White) => "#ffffff",
        _ => "#000000",
    }
}

/// The background of an avatar on series colour `colour`, as a CSS value. Set through the
/// element's style object (never a `style` attribute, which the content security policy forbids).
pub fn avatar_background(colour: u8) -> String {
    format!(
        "var(--series-{})",
        usize::from(colour) % SERIES_HEX.len() + 1
    )
}

/// The avatar circle (hidden from assistive technology: the name beside it says who it is).
#[component]
pub fn PersonaAvatar(
    /// The user's own initials or emoji (may be blank).
    #[prop(into)]
    avatar: Signal<String>,
    /// The persona's name, for initials.
    #[prop(into)]
    name: Signal<String>,
    /// The palette index (0–7).
    #[prop(into)]
    colour: Signal<u8>,
    /// Extra class, e.g. `persona-avatar--small`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let text = move || avatar.with(|a| name.with(|n| avatar_text(a, n)));
    let long = move || text().chars().count() > 2;
    view! {
        <span
            class=move || {
                format!(
                    "persona-avatar {class}{}",
                    if long() { " persona-avatar--long" } else { "" },
                )
            }
            style:background=move || avatar_background(colour.get())
            style:color=move || avatar_ink(colour.get())
            aria-hidden="true"
        >
            {text}
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_latin_and_chinese_names() {
        assert_eq!(initials("Mia Chen"), "MC");
        assert_eq!(initials("mia"), "M");
        assert_eq!(initials("  office worker · Manchester "), "OW");
        assert_eq!(initials("王小雨"), "小雨");
        assert_eq!(initials("王五"), "王五");
        assert_eq!(initials("欧阳娜娜"), "欧阳");
        assert_eq!(initials("林小雨 · 杭州"), "小雨");
        assert_eq!(initials(" "), "");
    }

    #[test]
    fn the_avatar_prefers_the_users_own_text() {
        assert_eq!(avatar_text("☕", "Mia Chen"), "☕");
        assert_eq!(avatar_text("  ", "Mia Chen"), "MC");
        assert_eq!(avatar_text("", ""), "?");
    }

    #[test]
    fn avatar_text_is_readable_on_every_series_colour() {
        for colour in 0..8u8 {
            let background = SERIES_HEX[usize::from(colour)];
            let ratio = crate::model::colour::contrast_ratio(
                parse_hex(background).unwrap(),
                parse_hex(avatar_ink(colour)).unwrap(),
            );
            assert!(ratio >= 4.5, "colour {colour} ({background}): {ratio:.2}");
        }
        assert_eq!(avatar_ink(4), "#ffffff");
        assert_eq!(avatar_ink(7), "#ffffff");
        assert_eq!(avatar_ink(3), "#000000");
        assert_eq!(avatar_ink(8), avatar_ink(0));
    }

    #[test]
    fn avatar_background_names_the_series_variable() {
        assert_eq!(avatar_background(4), "var(--series-5)");
        assert_eq!(avatar_background(12), "var(--series-5)");
    }
}
