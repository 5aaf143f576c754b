//! Output encodings of digests and input encodings of the bytes to hash.
//!
//! Stable ids (for `<select>` values and saved settings):
//! - output: `hex` (lowercase), `hex-upper`, `base64` (RFC 4648 §4, padded),
//!   `base64url` (RFC 4648 §5, unpadded, as in JWT);
//! - input: `utf8` (the text's UTF-8 bytes), `hex`, `base64`.
//!
//! Hex input: digits in any case; whitespace anywhere is ignored; each
//! whitespace-separated group may start with `0x`/`0X` (so `0xdeadbeef`,
//! `de ad be ef` and `0xDE 0xAD` all work). Other separators (`:`, `,`) are errors.
//!
//! Base64 input: the standard (`+/`) or the URL-safe (`-_`) alphabet, not both;
//! padded or not; whitespace (line breaks) ignored; the last character must not
//! carry stray bits (so truncated or mistyped text is caught, not silently accepted).

use std::fmt;
use std::str::FromStr;

use base64::alphabet;
use base64::engine::general_purpose::{
    GeneralPurpose, GeneralPurposeConfig, STANDARD, URL_SAFE_NO_PAD,
};
use base64::engine::DecodePaddingMode;
use base64::{DecodeError, Engine};

use super::error::HashError;

/// How a digest is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputEncoding {
    /// Lowercase hex, like `sha256sum`.
    #[default]
    Hex,
    /// Uppercase hex.
    HexUpper,
    /// Standard base64 with `=` padding (as in SRI `integrity` values).
    Base64,
    /// URL-safe base64 without padding (as in JWT).
    Base64Url,
}

const OUTPUTS: [OutputEncoding; 4] = [
    OutputEncoding::Hex,
    OutputEncoding::HexUpper,
    OutputEncoding::Base64,
    OutputEncoding::Base64Url,
];

impl OutputEncoding {
    pub fn all() -> &'static [OutputEncoding] {
        &OUTPUTS
    }

    /// Stable id: `hex`, `hex-upper`, `base64`, `base64url`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Hex => "hex",
            Self::HexUpper => "hex-upper",
            Self::Base64 => "base64",
            Self::Base64Url => "base64url",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Hex => "hex",
            Self::HexUpper => "HEX",
            Self::Base64 => "Base64",
            Self::Base64Url => "Base64url",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        OUTPUTS.into_iter().find(|e| e.id() == id)
    }

    /// Writes `bytes` in this encoding.
    pub fn encode(self, bytes: &[u8]) -> String {
        match self {
            Self::Hex => hex_lower(bytes),
            Self::HexUpper => hex_upper(bytes),
            Self::Base64 => STANDARD.encode(bytes),
            Self::Base64Url => URL_SAFE_NO_PAD.encode(bytes),
        }
    }
}

impl fmt::Display for OutputEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for OutputEncoding {
    type Err = HashError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_id(s.trim()).ok_or_else(|| HashError::UnknownEncoding(s.to_string()))
    }
}

/// How the text in an input box (message or HMAC key) turns into bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputEncoding {
    /// The text's UTF-8 bytes, exactly as typed.
    #[default]
    Utf8,
    /// Hex digits (see the module notes for what is accepted).
    Hex,
    /// Base64 or base64url, padded or not.
    Base64,
}

const INPUTS: [InputEncoding; 3] = [
    InputEncoding::Utf8,
    InputEncoding::Hex,
    InputEncoding::Base64,
];

impl InputEncoding {
    pub fn all() -> &'static [InputEncoding] {
        &INPUTS
    }

    /// Stable id: `utf8`, `hex`, `base64`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Utf8 => "utf8",
            Self::Hex => "hex",
            Self::Base64 => "base64",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "Text (UTF-8)",
            Self::Hex => "Hex bytes",
            Self::Base64 => "Base64 / base64url",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        INPUTS.into_iter().find(|e| e.id() == id)
    }

    /// The bytes `text` stands for in this encoding.
    pub fn decode(self, text: &str) -> Result<Vec<u8>, HashError> {
        match self {
            Self::Utf8 => Ok(text.as_bytes().to_vec()),
            Self::Hex => decode_hex_at(text, 0),
            Self::Base64 => decode_base64_at(text, 0),
        }
    }
}

impl fmt::Display for InputEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for InputEncoding {
    type Err = HashError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_id(s.trim()).ok_or_else(|| HashError::UnknownEncoding(s.to_string()))
    }
}

/// The bytes `text` stands for in `encoding` (same as `encoding.decode(text)`).
pub fn parse_input(text: &str, encoding: InputEncoding) -> Result<Vec<u8>, HashError> {
    encoding.decode(text)
}

/// Writes `bytes` in `encoding` (same as `encoding.encode(bytes)`).
pub fn encode(bytes: &[u8], encoding: OutputEncoding) -> String {
    encoding.encode(bytes)
}

const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

fn hex_with(bytes: &[u8], digits: &[u8; 16]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(digits[usize::from(b >> 4)] as char);
        s.push(digits[usize::from(b & 0x0f)] as char);
    }
    s
}

/// Lowercase hex.
pub fn hex_lower(bytes: &[u8]) -> String {
    hex_with(bytes, HEX_LOWER)
}

/// Uppercase hex.
pub fn hex_upper(bytes: &[u8]) -> String {
    hex_with(bytes, HEX_UPPER)
}

/// Parses hex input (see the module notes); same as `InputEncoding::Hex.decode`.
pub fn parse_hex(text: &str) -> Result<Vec<u8>, HashError> {
    decode_hex_at(text, 0)
}

/// Parses base64 or base64url input; same as `InputEncoding::Base64.decode`.
pub fn parse_base64(text: &str) -> Result<Vec<u8>, HashError> {
    decode_base64_at(text, 0)
}

pub(super) fn hex_value(ch: char) -> Option<u8> {
    match ch {
        '0'..='9' => Some(ch as u8 - b'0'),
        'a'..='f' => Some(ch as u8 - b'a' + 10),
        'A'..='F' => Some(ch as u8 - b'A' + 10),
        _ => None,
    }
}

/// Hex decoding; error positions are `offset` + the 1-based character position in `text`.
pub(super) fn decode_hex_at(text: &str, offset: usize) -> Result<Vec<u8>, HashError> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut digits = 0usize;
    let mut high: Option<u8> = None;
    let mut group_start = true;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, ch)) = chars.next() {
        if ch.is_whitespace() {
            group_start = true;
            continue;
        }
        if group_start && ch == '0' && matches!(chars.peek(), Some((_, 'x' | 'X'))) {
            chars.next();
            group_start = false;
            continue;
        }
        group_start = false;
        let value = hex_value(ch).ok_or(HashError::InvalidHexChar {
            ch,
            position: offset + i + 1,
        })?;
        digits += 1;
        match high.take() {
            None => high = Some(value),
            Some(h) => out.push((h << 4) | value),
        }
    }
    if high.is_some() {
        return Err(HashError::OddHexDigits { count: digits });
    }
    Ok(out)
}

const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD_ANY_PAD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const URL_SAFE_ANY_PAD: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

/// Base64 decoding; error positions are `offset` + the 1-based character position in `text`.
pub(super) fn decode_base64_at(text: &str, offset: usize) -> Result<Vec<u8>, HashError> {
    let mut data = String::with_capacity(text.len());
    // Position (as reported to the user) of each kept character.
    let mut positions: Vec<usize> = Vec::with_capacity(text.len());
    let mut standard: Option<(char, usize)> = None;
    let mut url_safe: Option<(char, usize)> = None;
    let mut padding = 0usize;
    for (i, ch) in text.chars().enumerate() {
        let position = offset + i + 1;
        if ch.is_whitespace() {
            continue;
        }
        if ch == '=' {
            padding += 1;
            continue;
        }
        if !(ch.is_ascii_alphanumeric() || matches!(ch, '+' | '/' | '-' | '_')) {
            return Err(HashError::InvalidBase64Char { ch, position });
        }
        if padding > 0 {
            return Err(HashError::Base64DataAfterPadding { ch, position });
        }
        let (mine, theirs) = match ch {
            '+' | '/' => (&mut standard, url_safe),
            '-' | '_' => (&mut url_safe, standard),
            _ => {
                data.push(ch);
                positions.push(position);
                continue;
            }
        };
        if let Some((other_ch, other_position)) = theirs {
            return Err(HashError::MixedBase64Alphabets {
                ch,
                position,
                other_ch,
                other_position,
            });
        }
        mine.get_or_insert((ch, position));
        data.push(ch);
        positions.push(position);
    }
    let count = data.len();
    if count % 4 == 1 {
        return Err(HashError::Base64BadLength { count });
    }
    if padding > 0 && padding != (4 - count % 4) % 4 {
        return Err(HashError::Base64BadPadding { count, padding });
    }
    let engine = if url_safe.is_some() {
        &URL_SAFE_ANY_PAD
    } else {
        &STANDARD_ANY_PAD
    };
    let at = |index: usize| -> (char, usize) {
        let ch = data
            .get(index..)
            .and_then(|s| s.chars().next())
            .unwrap_or('?');
        (ch, positions.get(index).copied().unwrap_or(offset + 1))
    };
    engine.decode(data.as_bytes()).map_err(|e| match e {
        DecodeError::InvalidLastSymbol(index, _) => {
            let (ch, position) = at(index);
            HashError::Base64TrailingBits { ch, position }
        }
        DecodeError::InvalidByte(index, _) => {
            let (ch, position) = at(index);
            HashError::InvalidBase64Char { ch, position }
        }
        DecodeError::InvalidLength(_) => HashError::Base64BadLength { count },
        DecodeError::InvalidPadding => HashError::Base64BadPadding { count, padding },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(parse_hex(&hex_lower(&bytes)), Ok(bytes.clone()));
        assert_eq!(parse_hex(&hex_upper(&bytes)), Ok(bytes));
    }

    #[test]
    fn ids_round_trip() {
        for &e in OutputEncoding::all() {
            assert_eq!(e.id().parse::<OutputEncoding>(), Ok(e));
        }
        for &e in InputEncoding::all() {
            assert_eq!(e.id().parse::<InputEncoding>(), Ok(e));
        }
        assert!("HEX".parse::<OutputEncoding>().is_err());
    }
}
