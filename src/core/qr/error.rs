//! The one error type of the QR tool and the warnings it can show beside a code.

use std::fmt;

use super::encode::{EcLevel, TextKind};
use super::{MAX_PNG_SIZE, MAX_QUIET_ZONE, MAX_SVG_SIZE, MIN_QUIET_ZONE};

/// Everything that can stop a QR code from being made. Each message is a sentence a person
/// can act on; the UI shows it as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("There is no text to encode. Type or paste some text, or use the current token.")]
    Empty,

    #[error("{}", too_long_message(*.level, *.len, *.max, *.kind, *.fits_at))]
    TooLong {
        /// The level that was asked for.
        level: EcLevel,
        /// Length of the text in `kind` units (bytes of UTF-8, digits or characters).
        len: usize,
        /// The most a version-40 code at `level` can hold for text of this kind.
        max: usize,
        /// Which QR mode limit applies to the text.
        kind: TextKind,
        /// The highest lower level at which the text would fit, if any.
        fits_at: Option<EcLevel>,
    },

    #[error("\"{0}\" is not an error-correction level: choose L, M, Q or H.")]
    UnknownLevel(String),

    #[error(
        "A quiet zone of {0} modules is wider than allowed: choose 0 to {max} \
         ({min} is the standard's minimum).",
        max = MAX_QUIET_ZONE,
        min = MIN_QUIET_ZONE
    )]
    QuietZoneTooWide(u8),

    #[error(
        "The {which} colour \"{value}\" is not a colour: write it as #rgb or #rrggbb, \
         for example #000000."
    )]
    BadColour {
        /// "dark" or "light".
        which: &'static str,
        value: String,
    },

    #[error("A size of {0} pixels is not possible for the SVG: choose 1 to {max} pixels.", max = MAX_SVG_SIZE)]
    SvgSize(u32),

    #[error("A PNG of {0} pixels is not possible: choose 1 to {max} pixels.", max = MAX_PNG_SIZE)]
    PngSize(u32),

    #[error("Enter the quiet zone as a whole number of modules, 0 to {max}.", max = MAX_QUIET_ZONE)]
    QuietZoneNotNumber,

    #[error("Enter the size as a whole number of pixels, 1 to {max}.", max = MAX_SVG_SIZE)]
    SvgSizeNotNumber,

    #[error("Enter the PNG size as a whole number of pixels, 1 to {max}.", max = MAX_PNG_SIZE)]
    PngSizeNotNumber,

    #[error("Enter the base URL of the link, for example https://example.com/reset.")]
    LinkBaseEmpty,

    #[error("The link base must start with https:// (or http://), for example https://example.com/reset.")]
    LinkBaseScheme,

    #[error("The link base contains spaces or control characters: remove them, or write a space as %20.")]
    LinkBaseWhitespace,

    #[error("The link base has no valid host name after https://: write it like https://example.com/reset.")]
    LinkBaseHost,

    #[error("The port in the link base is not a number from 0 to 65535: write it like https://example.com:8443/reset.")]
    LinkBasePort,

    #[error("Give the query parameter a name, for example token.")]
    LinkParamEmpty,

    #[error("There is no token to put into the link: generate a token first.")]
    LinkTokenEmpty,

    #[error("The QR encoder failed ({0}). This is a bug in Clean-DM; please report it with the text length and level.")]
    Encoder(String),
}

fn too_long_message(
    level: EcLevel,
    len: usize,
    max: usize,
    kind: TextKind,
    fits_at: Option<EcLevel>,
) -> String {
    let unit = kind.unit();
    let what = match kind {
        TextKind::Bytes => format!("{max} bytes of UTF-8 text"),
        TextKind::Digits => format!("{max} digits"),
        TextKind::Alphanumeric => {
            format!("{max} characters of this kind (capital letters, digits, space and $%*+-./:)")
        }
    };
    let head = format!(
        "This text is {len} {unit}, but at error-correction level {level} a QR code holds at most {what}."
    );
    match fits_at {
        Some(lower) => format!(
            "{head} It fits at level {lower} (less error correction): choose {lower}, \
             or shorten the text to {max} {unit} or fewer."
        ),
        None => format!("{head} Shorten it to {max} {unit} or fewer."),
    }
}

/// Something worth telling the user about a code that was made anyway.
#[derive(Debug, Clone, PartialEq)]
pub enum QrWarning {
    /// The quiet zone (blank border) is narrower than the standard's 4 modules.
    QuietZoneNarrow { modules: u8 },
    /// WCAG contrast ratio below 3:1: many scanners will not find the code.
    ColoursTooClose { ratio: f64 },
    /// WCAG contrast ratio from 3:1 up to 4.5:1: may fail in poor light or when printed.
    LowContrast { ratio: f64 },
    /// The dark colour is lighter than the light colour (light-on-dark code).
    Inverted,
}

impl QrWarning {
    /// A stable short name for the kind of warning (for tests, styling and `data-` attributes).
    pub fn id(&self) -> &'static str {
        match self {
            QrWarning::QuietZoneNarrow { .. } => "quiet-zone",
            QrWarning::ColoursTooClose { .. } => "colours-too-close",
            QrWarning::LowContrast { .. } => "low-contrast",
            QrWarning::Inverted => "inverted",
        }
    }
}

impl fmt::Display for QrWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrWarning::QuietZoneNarrow { modules } => write!(
                f,
                "A quiet zone of {modules} modules is narrower than the standard's {MIN_QUIET_ZONE}: \
                 some scanners will not find the code unless a blank margin surrounds it."
            ),
            QrWarning::ColoursTooClose { ratio } => write!(
                f,
                "The colours are too close (contrast {}:1): many scanners will not read \
                 the code. Make the dark colour darker or the light colour lighter (aim for 4.5:1 or more).",
                Tenths(*ratio)
            ),
            QrWarning::LowContrast { ratio } => write!(
                f,
                "The contrast is low ({}:1): the code may not scan in poor light or when \
                 printed. Aim for 4.5:1 or more; black on white is 21:1.",
                Tenths(*ratio)
            ),
            QrWarning::Inverted => write!(
                f,
                "The dark colour is lighter than the light colour: many scanners cannot read \
                 light-on-dark codes. Swap the colours."
            ),
        }
    }
}

/// Shows a non-negative number with one decimal, without pulling float formatting into the
/// wasm binary.
struct Tenths(f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = (self.0 * 10.0 + 0.5) as u64;
        write!(f, "{}.{}", t / 10, t % 10)
    }
}
