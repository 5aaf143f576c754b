//! Colours: `#rgb` / `#rrggbb` parsing, WCAG contrast and scanner warnings.
//!
//! Scanners turn the camera image into grey and split it into dark and light by a threshold,
//! so what matters is the difference in luminance. The warnings use the WCAG 2 contrast ratio
//! (relative luminance, (L1 + 0.05) / (L2 + 0.05), 1:1 to 21:1):
//! - below 3:1 (WCAG's minimum for graphics that must be recognised) the colours are too close:
//!   many scanners will not find the code at all;
//! - from 3:1 up to 4.5:1 the contrast is low: the code may fail in poor light, on a glossy
//!   screen or when printed (ink spreads, paper is not white);
//! - a dark colour lighter than the light colour makes an inverted, light-on-dark code, which
//!   many scanners (and some phone cameras) do not try to read.

use std::fmt;

use super::error::{QrError, QrWarning};

/// Contrast ratio below which the colours are reported as too close.
pub const MIN_CONTRAST: f64 = 3.0;
/// Contrast ratio below which the contrast is reported as low.
pub const GOOD_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// Parses `#rgb` or `#rrggbb` (hex digits in either case; surrounding spaces and a missing
    /// `#` are tolerated). `None` for anything else.
    pub fn parse(s: &str) -> Option<Rgb> {
        let s = s.trim();
        let hex = s.strip_prefix('#').unwrap_or(s).as_bytes();
        let d = |c: u8| (c as char).to_digit(16).map(|v| v as u8);
        match hex.len() {
            3 => {
                let (r, g, b) = (d(hex[0])?, d(hex[1])?, d(hex[2])?);
                Some(Rgb {
                    r: r * 17,
                    g: g * 17,
                    b: b * 17,
                })
            }
            6 => {
                let byte = |i: usize| Some(d(hex[i])? * 16 + d(hex[i + 1])?);
                Some(Rgb {
                    r: byte(0)?,
                    g: byte(2)?,
                    b: byte(4)?,
                })
            }
            _ => None,
        }
    }

    /// `#rrggbb` in lower case (the form an `<input type=color>` uses).
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2 relative luminance, 0.0 (black) to 1.0 (white).
    pub fn luminance(self) -> f64 {
        fn lin(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// Parses a colour for the error message's `which` ("dark" or "light").
pub fn parse_colour(value: &str, which: &'static str) -> Result<Rgb, QrError> {
    Rgb::parse(value).ok_or_else(|| QrError::BadColour {
        which,
        value: value.chars().take(32).collect(),
    })
}

/// WCAG 2 contrast ratio of two colours, 1.0 to 21.0, independent of order.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Warnings for a dark/light pair: too close or low contrast, and inverted.
pub fn colour_warnings(dark: Rgb, light: Rgb) -> Vec<QrWarning> {
    let mut out = Vec::new();
    let ratio = contrast_ratio(dark, light);
    if ratio < MIN_CONTRAST {
        out.push(QrWarning::ColoursTooClose { ratio });
    } else if ratio < GOOD_CONTRAST {
        out.push(QrWarning::LowContrast { ratio });
    }
    if dark.luminance() > light.luminance() {
        out.push(QrWarning::Inverted);
    }
    out
}
