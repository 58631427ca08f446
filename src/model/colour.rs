//! Brand colours: reading hex codes, and whether text stays readable on them (WCAG 2.x contrast).
//!
//! Pure: no leptos, web-sys or wasm-bindgen.
//!
//! # Rules
//! - A colour is written `#rgb` or `#rrggbb`, any case, with or without the `#`, surrounding white
//!   space ignored. `#abc` means `#aabbcc`. Anything else is not a colour.
//! - Relative luminance and contrast ratio follow WCAG 2.x: each sRGB channel is linearised
//!   (`c / 12.92` up to 0.04045, else `((c + 0.055) / 1.055)^2.4`), weighted 0.2126 / 0.7152 /
//!   0.0722, and the ratio is `(lighter + 0.05) / (darker + 0.05)`, from 1 to 21.
//! - Verdicts: at least 4.5 passes AA for normal text, at least 3 only for large text (18 pt, or
//!   14 pt bold) and for graphics, below 3 fails.
//! - The best text colour on a background is black or white, whichever contrasts more (black on
//!   a tie).

use std::fmt;

/// AA contrast for normal text.
pub const AA_NORMAL: f64 = 4.5;
/// AA contrast for large text and graphics.
pub const AA_LARGE: f64 = 3.0;

/// An sRGB colour with 8 bits per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
    pub const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };

    /// The canonical `#rrggbb` form, lowercase.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// Reads `#rgb` / `#rrggbb` (see the module's rules); `None` when it is not a colour.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let text = text.trim();
    let digits = text.strip_prefix('#').unwrap_or(text);
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match digits.len() {
        3 => {
            let mut out = [0u8; 3];
            for (slot, c) in out.iter_mut().zip(digits.chars()) {
                let nibble = c.to_digit(16)? as u8;
                *slot = nibble * 17;
            }
            Some(Rgb {
                r: out[0],
                g: out[1],
                b: out[2],
            })
        }
        6 => Some(Rgb {
            r: channel(&digits[0..2])?,
            g: channel(&digits[2..4])?,
            b: channel(&digits[4..6])?,
        }),
        _ => None,
    }
}

/// The canonical `#rrggbb` of a typed colour, or `None` when it is not one.
pub fn normalise_hex(text: &str) -> Option<String> {
    parse_hex(text).map(Rgb::to_hex)
}

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance, 0 (black) to 1 (white).
pub fn relative_luminance(colour: Rgb) -> f64 {
    0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)
}

/// WCAG contrast ratio between two colours, 1 to 21, the same whichever comes first.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (lighter, darker) = if la >= lb { (la, lb) } else { (lb, la) };
    (lighter + 0.05) / (darker + 0.05)
}

/// How a contrast ratio fares against WCAG AA.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContrastVerdict {
    /// 4.5 or more: fine for body text.
    AaNormal,
    /// 3 to 4.5: only for large or bold text and graphics.
    AaLarge,
    /// Below 3.
    Fail,
}

/// The verdict for a contrast ratio.
pub fn contrast_verdict(ratio: f64) -> ContrastVerdict {
    if ratio >= AA_NORMAL {
        ContrastVerdict::AaNormal
    } else if ratio >= AA_LARGE {
        ContrastVerdict::AaLarge
    } else {
        ContrastVerdict::Fail
    }
}

/// The text colour to put on a background.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextColour {
    Black,
    White,
}

impl TextColour {
    /// The colour itself.
    pub fn rgb(self) -> Rgb {
        match self {
            TextColour::Black => Rgb::BLACK,
            TextColour::White => Rgb::WHITE,
        }
    }
}

/// The best text colour on a background, with its contrast ratio and verdict.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextChoice {
    pub text: TextColour,
    pub ratio: f64,
    pub verdict: ContrastVerdict,
}

/// Black or white text on `background`, whichever reads better (black on a tie).
pub fn best_text_on(background: Rgb) -> TextChoice {
    let on_black = contrast_ratio(background, Rgb::BLACK);
    let on_white = contrast_ratio(background, Rgb::WHITE);
    let (text, ratio) = if on_black >= on_white {
        (TextColour::Black, on_black)
    } else {
        (TextColour::White, on_white)
    };
    TextChoice {
        text,
        ratio,
        verdict: contrast_verdict(ratio),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Rgb {
        parse_hex(text).unwrap()
    }

    #[test]
    fn parses_short_and_long_forms_in_any_case() {
        assert_eq!(hex("#fff"), Rgb::WHITE);
        assert_eq!(hex("  #FfF "), Rgb::WHITE);
        assert_eq!(
            hex("#1A2b3C"),
            Rgb {
                r: 0x1a,
                g: 0x2b,
                b: 0x3c
            }
        );
        assert_eq!(hex("abc"), hex("#aabbcc"));
        assert_eq!(normalise_hex(" #ABC"), Some("#aabbcc".to_string()));
        for bad in [
            "", "#", "#ff", "#ffff", "#fffffff", "#ggg", "red", "#12 456", "#+12345", "＃fff",
        ] {
            assert_eq!(parse_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn luminance_spans_zero_to_one() {
        assert_eq!(relative_luminance(Rgb::BLACK), 0.0);
        assert!((relative_luminance(Rgb::WHITE) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn known_pairs_have_the_published_ratios() {
        assert!((contrast_ratio(hex("#000"), hex("#fff")) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(hex("#fff"), hex("#fff")) - 1.0).abs() < 1e-12);
        // #777 on white is the classic near miss: 4.48, just under AA.
        let grey = contrast_ratio(hex("#777"), hex("#fff"));
        assert!((grey - 4.48).abs() < 0.005, "{grey}");
        assert_eq!(contrast_verdict(grey), ContrastVerdict::AaLarge);
        // #767676 is the lightest grey that passes on white (4.54).
        let passing = contrast_ratio(hex("#767676"), hex("#ffffff"));
        assert!((passing - 4.54).abs() < 0.005, "{passing}");
        assert_eq!(contrast_verdict(passing), ContrastVerdict::AaNormal);
        // Symmetric.
        assert_eq!(
            contrast_ratio(hex("#336699"), hex("#ffcc00")),
            contrast_ratio(hex("#ffcc00"), hex("#336699"))
        );
        assert_eq!(contrast_verdict(2.99), ContrastVerdict::Fail);
        assert_eq!(contrast_verdict(3.0), ContrastVerdict::AaLarge);
    }

    #[test]
    fn best_text_picks_the_stronger_of_black_and_white() {
        let on_navy = best_text_on(hex("#001f5b"));
        assert_eq!(on_navy.text, TextColour::White);
        assert_eq!(on_navy.verdict, ContrastVerdict::AaNormal);
        let on_yellow = best_text_on(hex("#ffd400"));
        assert_eq!(on_yellow.text, TextColour::Black);
        assert!(on_yellow.ratio > 10.0);
        // Mid grey still gets a readable choice: the best of the two is never below 4.58.
        let mid = best_text_on(hex("#777"));
        assert_eq!(mid.text, TextColour::Black);
        assert!(mid.ratio > 4.5);
        assert_eq!(best_text_on(Rgb::WHITE).text.rgb(), Rgb::BLACK);
    }
}
