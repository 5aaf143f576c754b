//! QR codes (issue 5): text -> module matrix -> SVG / PNG, colour checks, token links.
//!
//! Pure Rust, no browser. The UI calls [`render`] with a [`QrRequest`] and shows
//! [`QrOutput::svg`], [`QrOutput::info`] and [`QrOutput::warnings`]; the PNG download calls
//! [`QrOutput::png`]. Links that carry a token come from [`build_link`].

pub mod colour;
pub mod encode;
pub mod error;
pub mod input;
pub mod link;
pub mod png;
pub mod svg;

pub use colour::{colour_warnings, contrast_ratio, parse_colour, Rgb};
pub use encode::{byte_capacity, encode, max_len, EcLevel, Encoded, QrInfo, QrMatrix, TextKind};
pub use error::{QrError, QrWarning};
pub use input::{parse_png_size, parse_quiet_zone, parse_svg_size};
pub use link::{build_link, percent_encode, validate_base, DEFAULT_LINK_PARAM};
pub use png::{png_layout, render_png, PngImage, PngLayout};
pub use svg::SvgBuilder;

/// The standard's minimum quiet zone, and the default, in modules.
pub const MIN_QUIET_ZONE: u8 = 4;
/// Default quiet zone in modules.
pub const DEFAULT_QUIET_ZONE: u8 = MIN_QUIET_ZONE;
/// Widest quiet zone accepted, in modules.
pub const MAX_QUIET_ZONE: u8 = 16;
/// Default displayed size of the SVG, in CSS pixels.
pub const DEFAULT_SIZE: u32 = 256;
/// Largest SVG `width`/`height` accepted, in pixels.
pub const MAX_SVG_SIZE: u32 = 10_000;
/// Largest PNG side accepted, in pixels (a 1-bit PNG this size is about 2 MB).
pub const MAX_PNG_SIZE: u32 = 4096;
/// Default dark colour.
pub const DEFAULT_DARK: &str = "#000000";
/// Default light colour.
pub const DEFAULT_LIGHT: &str = "#ffffff";

/// Everything the QR tool needs to draw one code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrRequest {
    /// Encoded exactly as given (UTF-8 bytes).
    pub text: String,
    pub level: EcLevel,
    /// Blank border in modules, 0 to 16 (below 4 gives a warning).
    pub quiet_zone: u8,
    /// SVG `width`/`height` in pixels, 1 to 10,000.
    pub size_px: u32,
    /// Dark module colour, `#rgb` or `#rrggbb`.
    pub dark: String,
    /// Light (background and quiet zone) colour, `#rgb` or `#rrggbb`.
    pub light: String,
    /// Accessible name of the SVG (`aria-label` and `<title>`).
    pub label: String,
}

impl QrRequest {
    /// A request with every default: level M, quiet zone 4, 256 px, black on white.
    pub fn new(text: impl Into<String>) -> Self {
        QrRequest {
            text: text.into(),
            level: EcLevel::default(),
            quiet_zone: DEFAULT_QUIET_ZONE,
            size_px: DEFAULT_SIZE,
            dark: DEFAULT_DARK.to_string(),
            light: DEFAULT_LIGHT.to_string(),
            label: "QR code".to_string(),
        }
    }
}

impl Default for QrRequest {
    fn default() -> Self {
        QrRequest::new("")
    }
}

/// A rendered code.
#[derive(Debug, Clone, PartialEq)]
pub struct QrOutput {
    /// The SVG document, ready to put inline or download.
    pub svg: String,
    /// Version, size and capacity used.
    pub info: QrInfo,
    /// Things worth telling the user (quiet zone, contrast, inverted colours).
    pub warnings: Vec<QrWarning>,
    /// WCAG contrast ratio of the two colours (1 to 21).
    pub contrast: f64,
    matrix: QrMatrix,
    quiet_zone: u8,
    dark: Rgb,
    light: Rgb,
}

impl QrOutput {
    /// The module matrix (without quiet zone).
    pub fn matrix(&self) -> &QrMatrix {
        &self.matrix
    }

    /// Quiet zone in modules, as used for the SVG and PNG.
    pub fn quiet_zone(&self) -> u8 {
        self.quiet_zone
    }

    /// Pixel geometry the PNG would have for `requested_px` (see [`png`] for the rule).
    pub fn png_layout(&self, requested_px: u32) -> Result<PngLayout, QrError> {
        png_layout(self.matrix.width(), self.quiet_zone, requested_px)
    }

    /// The code as a PNG at most `requested_px` pixels square (whole pixels per module).
    pub fn png(&self, requested_px: u32) -> Result<PngImage, QrError> {
        render_png(
            &self.matrix,
            self.quiet_zone,
            requested_px,
            self.dark,
            self.light,
        )
    }
}

/// Encodes and draws a code. Checks, in order: text (empty, too long), quiet zone, size,
/// colours. Never panics.
pub fn render(req: &QrRequest) -> Result<QrOutput, QrError> {
    let Encoded { matrix, info } = encode(&req.text, req.level)?;
    if req.quiet_zone > MAX_QUIET_ZONE {
        return Err(QrError::QuietZoneTooWide(req.quiet_zone));
    }
    if req.size_px == 0 || req.size_px > MAX_SVG_SIZE {
        return Err(QrError::SvgSize(req.size_px));
    }
    let dark = parse_colour(&req.dark, "dark")?;
    let light = parse_colour(&req.light, "light")?;

    let mut warnings = Vec::new();
    if req.quiet_zone < MIN_QUIET_ZONE {
        warnings.push(QrWarning::QuietZoneNarrow {
            modules: req.quiet_zone,
        });
    }
    warnings.extend(colour_warnings(dark, light));

    let svg = SvgBuilder::new(&matrix)
        .quiet_zone(req.quiet_zone)
        .size_px(req.size_px)
        .dark(dark)
        .light(light)
        .label(&req.label)
        .build();
    Ok(QrOutput {
        svg,
        info,
        warnings,
        contrast: contrast_ratio(dark, light),
        matrix,
        quiet_zone: req.quiet_zone,
        dark,
        light,
    })
}
