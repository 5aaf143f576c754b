//! Reading the QR tool's number fields as typed. Only the syntax is checked here (a whole
//! number, no sign, decimals or exponent, which a browser's number input hands through
//! unchanged); ranges are checked by `render` and `png_layout`, which say what is allowed.

use super::error::QrError;

fn whole_number(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok()
}

/// The quiet zone in modules.
pub fn parse_quiet_zone(text: &str) -> Result<u8, QrError> {
    whole_number(text)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or(QrError::QuietZoneNotNumber)
}

/// The SVG's width and height in CSS pixels.
pub fn parse_svg_size(text: &str) -> Result<u32, QrError> {
    whole_number(text).ok_or(QrError::SvgSizeNotNumber)
}

/// The PNG's requested size in pixels.
pub fn parse_png_size(text: &str) -> Result<u32, QrError> {
    whole_number(text).ok_or(QrError::PngSizeNotNumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_read() {
        assert_eq!(parse_quiet_zone(" 4 "), Ok(4));
        assert_eq!(parse_quiet_zone("0"), Ok(0));
        assert_eq!(parse_svg_size("256"), Ok(256));
        assert_eq!(parse_png_size("1024"), Ok(1024));
        // Out-of-range but whole: left for the range checks, which name the limits.
        assert_eq!(parse_png_size("999999"), Ok(999_999));
    }

    #[test]
    fn anything_else_says_what_to_enter() {
        for bad in ["", " ", "-1", "4.5", "1e3", "four"] {
            assert_eq!(
                parse_quiet_zone(bad),
                Err(QrError::QuietZoneNotNumber),
                "{bad:?}"
            );
            assert_eq!(
                parse_svg_size(bad),
                Err(QrError::SvgSizeNotNumber),
                "{bad:?}"
            );
            assert_eq!(
                parse_png_size(bad),
                Err(QrError::PngSizeNotNumber),
                "{bad:?}"
            );
        }
        // More than a quiet zone can hold is not a quiet-zone number at all.
        assert_eq!(parse_quiet_zone("256"), Err(QrError::QuietZoneNotNumber));
        assert_eq!(
            QrError::QuietZoneNotNumber.to_string(),
            "Enter the quiet zone as a whole number of modules, 0 to 16."
        );
        assert_eq!(
            QrError::PngSizeNotNumber.to_string(),
            "Enter the PNG size as a whole number of pixels, 1 to 4096."
        );
    }
}
