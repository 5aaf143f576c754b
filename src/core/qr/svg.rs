//! Matrix -> compact SVG string.
//!
//! Coordinates are in modules (`viewBox="0 0 n n"`, where n includes the quiet zone on both
//! sides), so the code is crisp at any zoom; `width`/`height` give the displayed pixel size.
//! All dark modules are one `<path>`: each horizontal run of dark modules in a row is one
//! rectangle `M x y h len v1 h -len z`. A background rectangle paints the light colour, so the
//! quiet zone is light even on a dark page.

use std::fmt::Write;

use super::colour::Rgb;
use super::encode::QrMatrix;
use super::{DEFAULT_QUIET_ZONE, DEFAULT_SIZE, MAX_QUIET_ZONE};

/// Builds the SVG for one matrix. Every setting has a default: quiet zone 4 modules,
/// 256 pixels, black on white, label "QR code".
#[derive(Debug, Clone)]
pub struct SvgBuilder<'a> {
    matrix: &'a QrMatrix,
    quiet_zone: u8,
    size_px: u32,
    dark: Rgb,
    light: Rgb,
    label: String,
}

impl<'a> SvgBuilder<'a> {
    pub fn new(matrix: &'a QrMatrix) -> Self {
        SvgBuilder {
            matrix,
            quiet_zone: DEFAULT_QUIET_ZONE,
            size_px: DEFAULT_SIZE,
            dark: Rgb::BLACK,
            light: Rgb::WHITE,
            label: "QR code".to_string(),
        }
    }

    /// Blank border in modules; values above 16 are treated as 16.
    pub fn quiet_zone(mut self, modules: u8) -> Self {
        self.quiet_zone = modules.min(MAX_QUIET_ZONE);
        self
    }

    /// The `width` and `height` attributes, in CSS pixels (at least 1).
    pub fn size_px(mut self, px: u32) -> Self {
        self.size_px = px.max(1);
        self
    }

    pub fn dark(mut self, c: Rgb) -> Self {
        self.dark = c;
        self
    }

    pub fn light(mut self, c: Rgb) -> Self {
        self.light = c;
        self
    }

    /// Accessible name (`aria-label` and `<title>`); escaped for XML.
    pub fn label(mut self, label: &str) -> Self {
        self.label = label.to_string();
        self
    }

    pub fn build(&self) -> String {
        let w = self.matrix.width();
        let qz = usize::from(self.quiet_zone);
        let n = w + 2 * qz;
        let label = escape_xml(&self.label);
        let mut s = String::with_capacity(256 + w * w);
        // Writing to a String cannot fail.
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" \
             width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\" role=\"img\" \
             aria-label=\"{label}\"><title>{label}</title>\
             <rect width=\"{n}\" height=\"{n}\" fill=\"{light}\"/><path fill=\"{dark}\" d=\"",
            px = self.size_px,
            light = self.light,
            dark = self.dark,
        );
        for y in 0..w {
            let mut x = 0;
            while x < w {
                if !self.matrix.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < w && self.matrix.is_dark(x, y) {
                    x += 1;
                }
                let len = x - start;
                let _ = write!(s, "M{} {}h{len}v1h-{len}z", start + qz, y + qz);
            }
        }
        s.push_str("\"/></svg>");
        s
    }
}

/// Escapes text for use in XML content and double-quoted attributes.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
