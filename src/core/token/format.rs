//! Token formats (the page's `format` select) and the byte encodings.
//!
//! Encoded formats (hex, base64, base64url, base32, Crockford base32) encode
//! whole random bytes. Length rule, when a length in characters is asked for:
//! the token is the *shortest encoding with at least that many characters*,
//! filled with *as many whole random bytes as that encoding holds*. So hex 31
//! gives 32 characters (16 bytes); padded base64 42 gives 44 characters (33
//! bytes, no `=`); base64url 43 gives 43 characters (32 bytes). When bits are
//! asked for, the token holds `ceil(bits / 8)` bytes, encoded as they are
//! (so padded base64 of 32 bytes is 44 characters ending in one `=`, like
//! `openssl rand -base64 32`).
//!
//! Padding: `base64` and `base32` are padded with `=` as in RFC 4648 sections 4
//! and 6; `base64url` (like Python's `secrets.token_urlsafe`) and Crockford
//! base32 are unpadded. With a length in characters the padded formats are
//! always filled to a whole block, so no `=` appears.
//!
//! Sampled formats (base58, base62, character classes, custom alphabet) draw
//! each character uniformly from the alphabet.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;

use super::error::{excerpt, TokenError};

/// Hex digits, lower case.
pub const HEX_LOWER: &str = "0123456789abcdef";
/// Hex digits, upper case.
pub const HEX_UPPER: &str = "0123456789ABCDEF";
/// RFC 4648 section 6 base32 alphabet.
pub const BASE32_RFC4648: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// Crockford's base32: no I, L, O, U.
pub const BASE32_CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Bitcoin's base58: no 0, O, I, l.
pub const BASE58_BITCOIN: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/// Base62 in ASCII order, so zero-padding with `0` keeps numeric order.
pub const BASE62: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The page's `format` select; `id()` is the option value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Hex,
    Base64,
    Base64Url,
    Base32,
    CrockfordBase32,
    Base58,
    Base62,
    Charset,
    CustomAlphabet,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Hex,
        Format::Base64,
        Format::Base64Url,
        Format::Base32,
        Format::CrockfordBase32,
        Format::Base58,
        Format::Base62,
        Format::Charset,
        Format::CustomAlphabet,
    ];

    /// The option value used by the page (`data-testid="format"`).
    pub fn id(self) -> &'static str {
        match self {
            Format::Hex => "hex",
            Format::Base64 => "base64",
            Format::Base64Url => "base64url",
            Format::Base32 => "base32",
            Format::CrockfordBase32 => "crockford-base32",
            Format::Base58 => "base58",
            Format::Base62 => "base62",
            Format::Charset => "charset",
            Format::CustomAlphabet => "custom-alphabet",
        }
    }

    pub fn from_id(id: &str) -> Result<Self, TokenError> {
        Self::ALL
            .into_iter()
            .find(|f| f.id() == id)
            .ok_or_else(|| TokenError::UnknownFormat(excerpt(id)))
    }

    /// Text for the option.
    pub fn label(self) -> &'static str {
        match self {
            Format::Hex => "Hex",
            Format::Base64 => "Base64 (padded)",
            Format::Base64Url => "Base64url (URL-safe, no padding)",
            Format::Base32 => "Base32 (RFC 4648)",
            Format::CrockfordBase32 => "Crockford Base32",
            Format::Base58 => "Base58 (Bitcoin alphabet)",
            Format::Base62 => "Base62 (letters and digits)",
            Format::Charset => "Character classes",
            Format::CustomAlphabet => "Custom alphabet",
        }
    }

    /// The byte encoding, for encoded formats; `None` for sampled ones.
    pub fn encoding(self, uppercase_hex: bool) -> Option<Encoding> {
        match self {
            Format::Hex => Some(Encoding::Hex {
                upper: uppercase_hex,
            }),
            Format::Base64 => Some(Encoding::Base64),
            Format::Base64Url => Some(Encoding::Base64Url),
            Format::Base32 => Some(Encoding::Base32),
            Format::CrockfordBase32 => Some(Encoding::Crockford),
            _ => None,
        }
    }
}

/// An encoding of whole bytes as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Hex {
        upper: bool,
    },
    /// RFC 4648 section 4, padded.
    Base64,
    /// RFC 4648 section 5, unpadded.
    Base64Url,
    /// RFC 4648 section 6, padded.
    Base32,
    /// Crockford base32, upper case, unpadded.
    Crockford,
}

impl Encoding {
    fn bits_per_char(self) -> usize {
        match self {
            Encoding::Hex { .. } => 4,
            Encoding::Base64 | Encoding::Base64Url => 6,
            Encoding::Base32 | Encoding::Crockford => 5,
        }
    }

    /// Characters in the encoding of `bytes` bytes, padding included.
    pub fn encoded_len(self, bytes: usize) -> usize {
        match self {
            Encoding::Hex { .. } => bytes.saturating_mul(2),
            Encoding::Base64 => bytes.div_ceil(3).saturating_mul(4),
            Encoding::Base64Url => bytes.saturating_mul(4).div_ceil(3),
            Encoding::Base32 => bytes.div_ceil(5).saturating_mul(8),
            Encoding::Crockford => bytes.saturating_mul(8).div_ceil(5),
        }
    }

    /// Random bytes for a requested length in characters: the shortest
    /// encoding with at least `chars` characters, filled with as many whole
    /// bytes as it holds. 0 for 0.
    pub fn bytes_for_chars(self, chars: usize) -> usize {
        if chars == 0 {
            return 0;
        }
        // Never above the smallest fitting byte count (encoded_len(b) <= 8b/bpc + 8).
        let mut b = (chars.saturating_sub(8).saturating_mul(self.bits_per_char()) / 8).max(1);
        while self.encoded_len(b) < chars {
            b += 1;
        }
        let target = self.encoded_len(b);
        while self.encoded_len(b + 1) == target {
            b += 1;
        }
        b
    }

    /// Random bytes for a requested entropy in bits: `ceil(bits / 8)`.
    pub fn bytes_for_bits(bits: usize) -> usize {
        bits.div_ceil(8)
    }

    /// The text form of `bytes`.
    pub fn encode(self, bytes: &[u8]) -> String {
        match self {
            Encoding::Hex { upper } => {
                let digits = if upper { HEX_UPPER } else { HEX_LOWER }.as_bytes();
                let mut out = String::with_capacity(bytes.len() * 2);
                for &b in bytes {
                    out.push(char::from(digits[usize::from(b >> 4)]));
                    out.push(char::from(digits[usize::from(b & 15)]));
                }
                out
            }
            Encoding::Base64 => STANDARD.encode(bytes),
            Encoding::Base64Url => URL_SAFE_NO_PAD.encode(bytes),
            Encoding::Base32 => base32(bytes, BASE32_RFC4648.as_bytes(), true),
            Encoding::Crockford => base32(bytes, BASE32_CROCKFORD.as_bytes(), false),
        }
    }
}

/// Base32 with the given 32-symbol alphabet, most significant bit first.
fn base32(bytes: &[u8], alphabet: &[u8], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut acc: u32 = 0;
    let mut nbits = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        nbits += 8;
        while nbits >= 5 {
            nbits -= 5;
            out.push(char::from(alphabet[((acc >> nbits) & 31) as usize]));
        }
        acc &= (1 << nbits) - 1;
    }
    if nbits > 0 {
        out.push(char::from(alphabet[((acc << (5 - nbits)) & 31) as usize]));
    }
    if pad {
        while out.len() % 8 != 0 {
            out.push('=');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_the_design() {
        let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(
            ids,
            [
                "hex",
                "base64",
                "base64url",
                "base32",
                "crockford-base32",
                "base58",
                "base62",
                "charset",
                "custom-alphabet"
            ]
        );
        for f in Format::ALL {
            assert_eq!(Format::from_id(f.id()), Ok(f));
        }
        assert_eq!(
            Format::from_id("base 64"),
            Err(TokenError::UnknownFormat("base 64".into()))
        );
    }

    #[test]
    fn alphabets_have_their_sizes_and_no_repeats() {
        for (a, n) in [
            (BASE32_RFC4648, 32),
            (BASE32_CROCKFORD, 32),
            (BASE58_BITCOIN, 58),
            (BASE62, 62),
        ] {
            let mut v: Vec<char> = a.chars().collect();
            assert_eq!(v.len(), n);
            v.sort_unstable();
            v.dedup();
            assert_eq!(v.len(), n);
        }
    }

    #[test]
    fn rfc4648_test_vectors() {
        let v = ["", "f", "fo", "foo", "foob", "fooba", "foobar"];
        let b64 = [
            "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy",
        ];
        let b32 = [
            "",
            "MY======",
            "MZXQ====",
            "MZXW6===",
            "MZXW6YQ=",
            "MZXW6YTB",
            "MZXW6YTBOI======",
        ];
        let hex = [
            "",
            "66",
            "666f",
            "666f6f",
            "666f6f62",
            "666f6f6261",
            "666f6f626172",
        ];
        for i in 0..v.len() {
            let b = v[i].as_bytes();
            assert_eq!(Encoding::Base64.encode(b), b64[i]);
            assert_eq!(Encoding::Base64Url.encode(b), b64[i].trim_end_matches('='));
            assert_eq!(Encoding::Base32.encode(b), b32[i]);
            assert_eq!(Encoding::Hex { upper: false }.encode(b), hex[i]);
            assert_eq!(
                Encoding::Hex { upper: true }.encode(b),
                hex[i].to_uppercase()
            );
            assert_eq!(
                Encoding::Base32.encode(b).len(),
                Encoding::Base32.encoded_len(b.len())
            );
            assert_eq!(
                Encoding::Base64.encode(b).len(),
                Encoding::Base64.encoded_len(b.len())
            );
            assert_eq!(
                Encoding::Base64Url.encode(b).len(),
                Encoding::Base64Url.encoded_len(b.len())
            );
        }
    }

    #[test]
    fn crockford_is_rfc_base32_bits_with_its_own_alphabet() {
        // "foobar" in RFC base32 is MZXW6YTBOI; mapped symbol by symbol.
        assert_eq!(Encoding::Crockford.encode(b"foobar"), "CSQPYRK1E8");
        assert_eq!(Encoding::Crockford.encode(&[0xFF]), "ZW");
        assert_eq!(Encoding::Crockford.encoded_len(6), 10);
    }

    #[test]
    fn length_rule_picks_the_shortest_fitting_encoding_filled_with_whole_bytes() {
        let hex = Encoding::Hex { upper: false };
        assert_eq!(hex.bytes_for_chars(32), 16);
        assert_eq!(hex.bytes_for_chars(31), 16);
        assert_eq!(hex.bytes_for_chars(1), 1);
        assert_eq!(Encoding::Base64.bytes_for_chars(42), 33);
        assert_eq!(Encoding::Base64.bytes_for_chars(44), 33);
        assert_eq!(Encoding::Base64.bytes_for_chars(1), 3);
        assert_eq!(Encoding::Base64Url.bytes_for_chars(43), 32);
        assert_eq!(Encoding::Base64Url.bytes_for_chars(5), 4); // 5 characters is not a length base64url makes
        assert_eq!(Encoding::Base64Url.bytes_for_chars(6), 4);
        assert_eq!(Encoding::Base32.bytes_for_chars(26), 20);
        assert_eq!(Encoding::Base32.bytes_for_chars(32), 20);
        assert_eq!(Encoding::Crockford.bytes_for_chars(26), 16); // 16 bytes = 26 chars; 17 bytes = 28
        assert_eq!(Encoding::Crockford.bytes_for_chars(3), 2);
        assert_eq!(Encoding::bytes_for_bits(128), 16);
        assert_eq!(Encoding::bytes_for_bits(129), 17);
        // Every length up to the maximum: never shorter than asked, and the
        // next byte would need a longer token.
        for enc in [
            hex,
            Encoding::Base64,
            Encoding::Base64Url,
            Encoding::Base32,
            Encoding::Crockford,
        ] {
            for chars in 1..=1024 {
                let b = enc.bytes_for_chars(chars);
                let len = enc.encoded_len(b);
                assert!(len >= chars && len <= 1024, "{enc:?} {chars}");
                assert!(enc.encoded_len(b - 1) < chars || enc.encoded_len(b - 1) == len);
                assert!(enc.encoded_len(b + 1) > len);
                assert!(b == 1 || enc.encoded_len(b - 1) <= len);
            }
        }
    }
}
