//! Text -> QR module matrix, with version and capacity information.
//!
//! The text is encoded exactly as given: its UTF-8 bytes, with no trimming and no change of
//! characters. Runs of digits or of the QR alphanumeric set may be stored in the denser
//! numeric / alphanumeric modes; a decoder returns the same bytes either way.
//!
//! Kanji mode is never used. The `qrcode` crate's automatic encoder (`QrCode::new`) treats
//! byte pairs that look like Shift JIS as Kanji, and many UTF-8 sequences (for example
//! "東" = E6 9D B1) look like that, so a decoder would read back different bytes. This module
//! therefore segments the text itself (Kanji segments turned back into byte segments) and
//! picks the version itself. No ECI header is written: phone scanners read byte-mode UTF-8
//! without one, and some older ones mis-handle ECI.

use std::fmt;
use std::str::FromStr;

use qrcode::bits::Bits;
use qrcode::optimize::{total_encoded_len, Optimizer, Parser, Segment};
use qrcode::types::Mode;
use qrcode::{Color, QrCode, Version};

use super::error::QrError;

/// Error-correction level. Ids are "L", "M", "Q", "H"; the default is M.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EcLevel {
    /// Recovers about 7% of damaged codewords.
    L,
    /// Recovers about 15% (the default).
    #[default]
    M,
    /// Recovers about 25%.
    Q,
    /// Recovers about 30%.
    H,
}

impl EcLevel {
    /// All levels, least error correction first.
    pub const ALL: [EcLevel; 4] = [EcLevel::L, EcLevel::M, EcLevel::Q, EcLevel::H];

    /// The id used in the UI (`qr-ec` option values): "L", "M", "Q" or "H".
    pub fn id(self) -> &'static str {
        match self {
            EcLevel::L => "L",
            EcLevel::M => "M",
            EcLevel::Q => "Q",
            EcLevel::H => "H",
        }
    }

    /// Parses an id ("L", "M", "Q", "H"; lower case accepted).
    pub fn from_id(id: &str) -> Result<Self, QrError> {
        match id.trim() {
            "L" | "l" => Ok(EcLevel::L),
            "M" | "m" => Ok(EcLevel::M),
            "Q" | "q" => Ok(EcLevel::Q),
            "H" | "h" => Ok(EcLevel::H),
            _ => Err(QrError::UnknownLevel(id.chars().take(20).collect())),
        }
    }

    /// Roughly how much of the code can be damaged and still read, in percent.
    pub fn recovery_percent(self) -> u8 {
        match self {
            EcLevel::L => 7,
            EcLevel::M => 15,
            EcLevel::Q => 25,
            EcLevel::H => 30,
        }
    }

    fn to_qrcode(self) -> qrcode::EcLevel {
        match self {
            EcLevel::L => qrcode::EcLevel::L,
            EcLevel::M => qrcode::EcLevel::M,
            EcLevel::Q => qrcode::EcLevel::Q,
            EcLevel::H => qrcode::EcLevel::H,
        }
    }

    /// The levels below this one, nearest first (H -> Q, M, L).
    fn lower(self) -> impl Iterator<Item = EcLevel> {
        let idx = EcLevel::ALL.iter().position(|l| *l == self).unwrap_or(0);
        EcLevel::ALL[..idx].iter().rev().copied()
    }
}

impl fmt::Display for EcLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for EcLevel {
    type Err = QrError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EcLevel::from_id(s)
    }
}

/// Which capacity limit applies to a text as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextKind {
    /// Only the digits 0-9 (numeric mode).
    Digits,
    /// Only A-Z, 0-9, space and `$%*+-./:` (alphanumeric mode).
    Alphanumeric,
    /// Anything else, counted in UTF-8 bytes (byte mode).
    Bytes,
}

impl TextKind {
    /// Classifies a text by the densest QR mode that can hold all of it.
    pub fn of(text: &str) -> TextKind {
        let bytes = text.as_bytes();
        if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) {
            TextKind::Digits
        } else if !bytes.is_empty() && bytes.iter().all(|b| is_alphanumeric(*b)) {
            TextKind::Alphanumeric
        } else {
            TextKind::Bytes
        }
    }

    /// The unit a length of this kind is counted in ("bytes", "digits", "characters").
    pub fn unit(self) -> &'static str {
        match self {
            TextKind::Digits => "digits",
            TextKind::Alphanumeric => "characters",
            TextKind::Bytes => "bytes",
        }
    }

    fn mode(self) -> Mode {
        match self {
            TextKind::Digits => Mode::Numeric,
            TextKind::Alphanumeric => Mode::Alphanumeric,
            TextKind::Bytes => Mode::Byte,
        }
    }
}

fn is_alphanumeric(b: u8) -> bool {
    b.is_ascii_digit() || b.is_ascii_uppercase() || b" $%*+-./:".contains(&b)
}

/// The square grid of modules, without quiet zone. `true` is dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Modules per side (21 for version 1 ... 177 for version 40).
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark; `false` outside the grid.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Whether the module is dark, with coordinates that include a quiet zone of `qz` modules
    /// on each side (so the grid spans `width + 2 * qz` modules, the border is light).
    pub fn is_dark_with_quiet_zone(&self, x: usize, y: usize, qz: usize) -> bool {
        x >= qz && y >= qz && self.is_dark(x - qz, y - qz)
    }
}

/// Facts about an encoded code, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrInfo {
    /// QR version, 1 to 40.
    pub version: u8,
    /// Modules per side, without quiet zone (4 * version + 17).
    pub modules: usize,
    /// The error-correction level used.
    pub level: EcLevel,
    /// How many bytes of arbitrary (byte-mode) text this version holds at this level.
    pub capacity_bytes: usize,
    /// Length of the text in UTF-8 bytes.
    pub bytes_used: usize,
    /// Data bits the encoded text takes (mode headers included, padding not).
    pub bits_used: usize,
    /// Data bits this version holds at this level.
    pub bits_capacity: usize,
    /// `bits_used` as a percentage of `bits_capacity`, rounded to the nearest whole number.
    pub percent_used: u8,
    /// The most bytes of arbitrary text any code holds at this level (version 40).
    pub max_bytes_for_level: usize,
}

/// A matrix and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub matrix: QrMatrix,
    pub info: QrInfo,
}

const VERSION_CLASSES: [(i16, i16); 3] = [(1, 9), (10, 26), (27, 40)];

/// Data bits a normal-QR version holds at a level.
fn data_bits(version: i16, level: EcLevel) -> usize {
    Bits::new(Version::Normal(version))
        .max_len(level.to_qrcode())
        .unwrap_or(0)
}

/// Bytes of arbitrary text (one byte-mode segment) that `version` (1..=40) holds at `level`.
pub fn byte_capacity(version: u8, level: EcLevel) -> usize {
    if !(1..=40).contains(&version) {
        return 0;
    }
    let v = i16::from(version);
    let header = 4 + Mode::Byte.length_bits_count(Version::Normal(v));
    data_bits(v, level).saturating_sub(header) / 8
}

/// The most text of `kind` any QR code (version 40) holds at `level`, in `kind.unit()`.
/// Bytes: L 2953, M 2331, Q 1663, H 1273. Digits: 7089, 5596, 3993, 3057.
/// Alphanumeric: 4296, 3391, 2420, 1852.
pub fn max_len(level: EcLevel, kind: TextKind) -> usize {
    let v40 = Version::Normal(40);
    let avail = data_bits(40, level).saturating_sub(4 + kind.mode().length_bits_count(v40));
    match kind {
        TextKind::Bytes => avail / 8,
        TextKind::Digits => {
            let extra = match avail % 10 {
                0..=3 => 0,
                4..=6 => 1,
                _ => 2,
            };
            3 * (avail / 10) + extra
        }
        TextKind::Alphanumeric => 2 * (avail / 11) + usize::from(avail % 11 >= 6),
    }
}

/// Segments for `data` with length fields sized for `version`'s class, never Kanji, and never
/// longer than storing the whole text in the single densest mode that can hold it.
fn segments(data: &[u8], kind: TextKind, version: Version) -> Vec<Segment> {
    let parsed = Parser::new(data).map(|s| {
        if s.mode == Mode::Kanji {
            Segment {
                mode: Mode::Byte,
                ..s
            }
        } else {
            s
        }
    });
    let optimized: Vec<Segment> = Optimizer::new(parsed, version).collect();
    let single = vec![Segment {
        mode: kind.mode(),
        begin: 0,
        end: data.len(),
    }];
    if total_encoded_len(&optimized, version) <= total_encoded_len(&single, version) {
        optimized
    } else {
        single
    }
}

/// The smallest version that holds `data` at `level`, its segments and their bit length.
fn plan(data: &[u8], kind: TextKind, level: EcLevel) -> Option<(i16, Vec<Segment>, usize)> {
    for (lo, hi) in VERSION_CLASSES {
        let segs = segments(data, kind, Version::Normal(hi));
        let bits = total_encoded_len(&segs, Version::Normal(hi));
        if let Some(v) = (lo..=hi).find(|v| data_bits(*v, level) >= bits) {
            return Some((v, segs, bits));
        }
    }
    None
}

/// Encodes `text` exactly at `level` into the smallest QR code (version 1 to 40) that holds it.
pub fn encode(text: &str, level: EcLevel) -> Result<Encoded, QrError> {
    if text.is_empty() {
        return Err(QrError::Empty);
    }
    let data = text.as_bytes();
    let kind = TextKind::of(text);
    let Some((version, segs, bits_used)) = plan(data, kind, level) else {
        // Digits and alphanumeric characters are one byte each, so the byte length is also
        // the length in `kind` units.
        return Err(QrError::TooLong {
            level,
            len: data.len(),
            max: max_len(level, kind),
            kind,
            fits_at: level.lower().find(|l| plan(data, kind, *l).is_some()),
        });
    };

    let mut bits = Bits::new(Version::Normal(version));
    let enc = |e: qrcode::types::QrError| QrError::Encoder(e.to_string());
    bits.push_segments(data, segs.into_iter()).map_err(enc)?;
    bits.push_terminator(level.to_qrcode()).map_err(enc)?;
    let code = QrCode::with_bits(bits, level.to_qrcode()).map_err(enc)?;

    let width = code.width();
    let dark: Vec<bool> = code
        .into_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    if dark.len() != width * width {
        return Err(QrError::Encoder("matrix has the wrong size".into()));
    }
    let bits_capacity = data_bits(version, level);
    let version = version as u8;
    let percent = (bits_used * 100 + bits_capacity / 2) / bits_capacity.max(1);
    Ok(Encoded {
        matrix: QrMatrix { width, dark },
        info: QrInfo {
            version,
            modules: width,
            level,
            capacity_bytes: byte_capacity(version, level),
            bytes_used: data.len(),
            bits_used,
            bits_capacity,
            percent_used: percent.min(100) as u8,
            max_bytes_for_level: max_len(level, TextKind::Bytes),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_lengths_match_the_standard_tables() {
        let bytes: Vec<usize> = EcLevel::ALL
            .iter()
            .map(|l| max_len(*l, TextKind::Bytes))
            .collect();
        assert_eq!(bytes, [2953, 2331, 1663, 1273]);
        let digits: Vec<usize> = EcLevel::ALL
            .iter()
            .map(|l| max_len(*l, TextKind::Digits))
            .collect();
        assert_eq!(digits, [7089, 5596, 3993, 3057]);
        let alnum: Vec<usize> = EcLevel::ALL
            .iter()
            .map(|l| max_len(*l, TextKind::Alphanumeric))
            .collect();
        assert_eq!(alnum, [4296, 3391, 2420, 1852]);
    }

    #[test]
    fn byte_capacity_of_small_versions() {
        // ISO/IEC 18004 table 7: version 1 holds 17/14/11/7 bytes, version 10-L 271.
        assert_eq!(byte_capacity(1, EcLevel::L), 17);
        assert_eq!(byte_capacity(1, EcLevel::M), 14);
        assert_eq!(byte_capacity(1, EcLevel::Q), 11);
        assert_eq!(byte_capacity(1, EcLevel::H), 7);
        assert_eq!(byte_capacity(10, EcLevel::L), 271);
        assert_eq!(byte_capacity(0, EcLevel::L), 0);
        assert_eq!(byte_capacity(41, EcLevel::L), 0);
    }

    #[test]
    fn never_uses_kanji_mode_for_utf8() {
        // "あ" is E3 81 82: E3 81 and 82 E3 look like Shift JIS Kanji pairs, and the crate's
        // own optimizer would keep them as Kanji.
        let text = "ああああああ".as_bytes();
        let raw: Vec<Segment> = Parser::new(text).optimize(Version::Normal(9)).collect();
        assert!(raw.iter().any(|s| s.mode == Mode::Kanji));
        let (_, segs, _) = plan(text, TextKind::Bytes, EcLevel::M).unwrap();
        assert!(segs.iter().all(|s| s.mode != Mode::Kanji));
    }

    #[test]
    fn level_ids_round_trip() {
        for l in EcLevel::ALL {
            assert_eq!(EcLevel::from_id(l.id()), Ok(l));
        }
        assert_eq!(EcLevel::default(), EcLevel::M);
        assert!(EcLevel::from_id("X").is_err());
        assert_eq!(
            EcLevel::H.lower().collect::<Vec<_>>(),
            [EcLevel::Q, EcLevel::M, EcLevel::L]
        );
        assert_eq!(EcLevel::L.lower().count(), 0);
    }

    #[test]
    fn small_text_gets_version_one() {
        let e = encode("hello", EcLevel::M).unwrap();
        assert_eq!(e.info.version, 1);
        assert_eq!(e.info.modules, 21);
        assert_eq!(e.matrix.width(), 21);
        assert_eq!(e.info.capacity_bytes, 14);
        assert_eq!(e.info.bytes_used, 5);
        assert!(e.info.percent_used > 0 && e.info.percent_used < 100);
        // Finder pattern corner is dark.
        assert!(e.matrix.is_dark(0, 0));
        assert!(!e.matrix.is_dark(21, 0));
    }
}
