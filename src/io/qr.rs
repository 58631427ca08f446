//! QR codes drawn by the app itself: a text becomes a square matrix of dark and light modules
//! (the `qrcodegen` crate does the encoding), and the matrix becomes one SVG path, so a view can
//! draw the code as inline SVG with no image file, no canvas and no remote service.
//!
//! The drawing is in module units: the SVG's `viewBox` is `0 0 size size`, where `size` counts
//! the quiet zone ([`QUIET_ZONE`] light modules on every side, which scanners need to find the
//! code). Each row's runs of dark modules are one rectangle each, so the path stays short.
//!
//! Pure: must not import leptos, web-sys, gloo or wasm-bindgen.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code on every side (the QR standard asks for four).
pub const QUIET_ZONE: usize = 4;

/// A text encoded as a QR code: which modules are dark, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side (21 for version 1, 4 more for each version after).
    pub size: usize,
    /// Row by row, `size * size` entries, true for dark.
    dark: Vec<bool>,
}

impl QrMatrix {
    /// True when the module at column `x`, row `y` is dark (outside the code: light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The QR version (1–40) the size belongs to.
    pub fn version(&self) -> usize {
        (self.size - 17) / 4
    }
}

/// A QR code ready to draw as SVG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules per side including the quiet zone: the `viewBox` is `0 0 size size`.
    pub size: usize,
    /// One path (`M x,y h w v 1 h -w z` per run of dark modules) to fill in the dark colour.
    pub path: String,
}

impl QrSvg {
    /// The `viewBox` attribute for the drawing.
    pub fn view_box(&self) -> String {
        format!("0 0 {0} {0}", self.size)
    }
}

/// Encodes `text` at medium error correction (raised when it fits in the same size), or `None`
/// when the text is too long for any QR code.
pub fn encode(text: &str) -> Option<QrMatrix> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let mut dark = Vec::with_capacity(size * size);
    for y in 0..code.size() {
        for x in 0..code.size() {
            dark.push(code.get_module(x, y));
        }
    }
    Some(QrMatrix { size, dark })
}

/// The path drawing the dark modules of `matrix`, shifted by the quiet zone.
pub fn path_of(matrix: &QrMatrix) -> String {
    let mut path = String::new();
    for y in 0..matrix.size {
        let mut x = 0;
        while x < matrix.size {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let from = x;
            while x < matrix.size && matrix.is_dark(x, y) {
                x += 1;
            }
            let width = x - from;
            let _ = write!(
                path,
                "M{},{}h{width}v1h-{width}z",
                from + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    path
}

/// `text` as a QR code ready to draw, or `None` when it is too long for any QR code.
pub fn svg(text: &str) -> Option<QrSvg> {
    let matrix = encode(text)?;
    Some(QrSvg {
        size: matrix.size + 2 * QUIET_ZONE,
        path: path_of(&matrix),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a path written by [`path_of`] back into the cells it fills (quiet zone included).
    fn cells(path: &str, size: usize) -> Vec<bool> {
        let mut filled = vec![false; size * size];
        for run in path.split('M').filter(|r| !r.is_empty()) {
            let run = run.strip_suffix('z').expect("closed run");
            let (at, rest) = run.split_once('h').expect("a width");
            let (x, y) = at.split_once(',').expect("x,y");
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let (width, back) = rest.split_once("v1h-").expect("one row high");
            let width: usize = width.parse().unwrap();
            assert_eq!(
                back.parse::<usize>().unwrap(),
                width,
                "closes where it began"
            );
            assert!(width > 0);
            for cx in x..x + width {
                assert!(!filled[y * size + cx], "each cell drawn once");
                filled[y * size + cx] = true;
            }
        }
        filled
    }

    #[test]
    fn a_short_text_is_a_version_1_square() {
        let matrix = encode("HELLO").expect("fits");
        assert_eq!(matrix.size, 21);
        assert_eq!(matrix.version(), 1);
        let drawn = svg("HELLO").expect("fits");
        assert_eq!(drawn.size, 21 + 2 * QUIET_ZONE);
        assert_eq!(drawn.view_box(), "0 0 29 29");
    }

    #[test]
    fn the_finder_patterns_sit_in_three_corners() {
        let m = encode("https://example.org/#join=v1.abc").expect("fits");
        let last = m.size - 1;
        for (x, y) in [(0, 0), (last, 0), (0, last)] {
            assert!(m.is_dark(x, y), "corner {x},{y}");
        }
        // The fourth corner has no finder pattern: its separator ring is light.
        assert!(!m.is_dark(7, 7));
        assert!(!m.is_dark(m.size, 0), "outside the code is light");
    }

    #[test]
    fn the_size_grows_with_the_text() {
        let mut last = 0;
        for len in [10, 50, 150, 300, 600, 1200] {
            let text = format!("https://example.org/#join=v1.{}", "a1B-_".repeat(len / 5));
            let size = svg(&text).expect("fits").size;
            assert!(size >= last, "{len}: {size} < {last}");
            last = size;
        }
        assert!(svg("a").unwrap().size < svg(&"a".repeat(600)).unwrap().size);
    }

    #[test]
    fn the_path_covers_exactly_the_dark_modules() {
        for text in [
            "HELLO",
            "https://example.github.io/social-playbook/#join=v1.QWxhZGRpbg",
        ] {
            let matrix = encode(text).expect("fits");
            let drawn = svg(text).expect("fits");
            let filled = cells(&drawn.path, drawn.size);
            for y in 0..drawn.size {
                for x in 0..drawn.size {
                    let inside = (QUIET_ZONE..QUIET_ZONE + matrix.size).contains(&x)
                        && (QUIET_ZONE..QUIET_ZONE + matrix.size).contains(&y);
                    let dark = inside && matrix.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
                    assert_eq!(filled[y * drawn.size + x], dark, "{text}: {x},{y}");
                }
            }
        }
    }

    #[test]
    fn a_text_too_long_for_any_code_gives_none() {
        assert!(svg(&"x".repeat(3_000)).is_none());
        assert!(svg(&"x".repeat(2_000)).is_some());
    }
}
