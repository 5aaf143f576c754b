//! Prefixed, checksummed API keys in the layout GitHub's tokens made common:
//! `prefix` + base62 random body + 6-character base62 CRC-32 of the body.
//!
//! Example: `cdm_` + 32 random base62 characters + 6 checksum characters = 42.
//! The prefix lets people and secret scanners recognise a key; the checksum
//! lets `check` reject a mistyped or truncated key offline. The checksum adds
//! no secrecy: the entropy is that of the body alone.

use super::alphabet::Alphabet;
use super::entropy::bits_uniform;
use super::error::TokenError;
use super::format::BASE62;
use crate::core::random::ByteSource;

/// Prefix the page starts with.
pub const DEFAULT_PREFIX: &str = "cdm_";
/// Longest prefix accepted.
pub const MAX_PREFIX_LEN: usize = 16;
/// Characters of the checksum.
pub const CHECKSUM_LEN: usize = 6;
/// Random body lengths accepted (also the API-key preset's length range).
pub const MIN_BODY: usize = 32;
pub const MAX_BODY: usize = 128;

/// Checks a prefix: 1 to 16 characters, a letter first, then letters, digits or `_`.
/// (No `-` so a double click selects the whole key.)
pub fn validate_prefix(prefix: &str) -> Result<(), TokenError> {
    let mut chars = prefix.chars();
    let Some(first) = chars.next() else {
        return Err(TokenError::PrefixEmpty);
    };
    let len = prefix.chars().count();
    if len > MAX_PREFIX_LEN {
        return Err(TokenError::PrefixTooLong {
            prefix: super::error::excerpt(prefix),
            len,
            max: MAX_PREFIX_LEN,
        });
    }
    if !first.is_ascii_alphabetic() {
        return Err(TokenError::PrefixStart);
    }
    if let Some(symbol) = chars.find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
        return Err(TokenError::PrefixCharacter { symbol });
    }
    Ok(())
}

/// The 6-character base62 CRC-32 (IEEE) of `body`, zero-padded.
pub fn checksum(body: &str) -> String {
    let digits = BASE62.as_bytes();
    let mut n = crc32fast::hash(body.as_bytes());
    let mut out = [b'0'; CHECKSUM_LEN];
    for slot in out.iter_mut().rev() {
        *slot = digits[(n % 62) as usize];
        n /= 62;
    }
    // 62^6 > 2^32, so nothing is left over.
    out.iter().map(|&b| char::from(b)).collect()
}

/// Entropy of a key with a body of `body_len` characters.
pub fn bits(body_len: usize) -> f64 {
    bits_uniform(62, body_len)
}

/// A new key: prefix, `body_len` uniform base62 characters, checksum.
pub fn generate(
    src: &mut impl ByteSource,
    prefix: &str,
    body_len: usize,
) -> Result<String, TokenError> {
    validate_prefix(prefix)?;
    let body = Alphabet::from_static(BASE62).sample(src, body_len)?;
    let sum = checksum(&body);
    Ok(format!("{prefix}{body}{sum}"))
}

/// What `check` found in a good key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedKey {
    /// Random characters between prefix and checksum.
    pub body_len: usize,
    /// The checksum, as found.
    pub checksum: String,
}

impl CheckedKey {
    /// A sentence for the page.
    pub fn message(&self) -> String {
        format!(
            "Checksum OK: the key is well formed ({} random characters, checksum {}). This does not show that the key is valid on any server.",
            self.body_len, self.checksum
        )
    }
}

/// Verifies a pasted key made with `prefix`. Surrounding whitespace is ignored.
/// Reports, in this order: an empty paste, a bad prefix setting, the wrong
/// prefix, a character that cannot occur, a key too short or too long, a
/// checksum that does not match.
pub fn check(key: &str, prefix: &str) -> Result<CheckedKey, TokenError> {
    let key = key.trim();
    if key.is_empty() {
        return Err(TokenError::KeyEmpty);
    }
    validate_prefix(prefix)?;
    let Some(rest) = key.strip_prefix(prefix) else {
        return Err(TokenError::KeyWrongPrefix {
            expected: prefix.to_string(),
        });
    };
    let offset = prefix.chars().count();
    if let Some((i, symbol)) = rest
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
    {
        return Err(TokenError::KeyBadCharacter {
            symbol,
            position: offset + i + 1,
        });
    }
    // Only ASCII from here on, so byte indices are character indices.
    let found = rest.len();
    if found < MIN_BODY + CHECKSUM_LEN {
        return Err(TokenError::KeyTooShort {
            found,
            min: MIN_BODY + CHECKSUM_LEN,
            min_body: MIN_BODY,
            checksum: CHECKSUM_LEN,
        });
    }
    if found > MAX_BODY + CHECKSUM_LEN {
        return Err(TokenError::KeyTooLong {
            found,
            max: MAX_BODY + CHECKSUM_LEN,
        });
    }
    let (body, sum) = rest.split_at(found - CHECKSUM_LEN);
    let expected = checksum(body);
    if sum != expected {
        return Err(TokenError::KeyChecksumMismatch {
            found: sum.to_string(),
            expected,
        });
    }
    Ok(CheckedKey {
        body_len: body.len(),
        checksum: sum.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    #[test]
    fn checksum_is_zero_padded_base62_of_crc32() {
        // CRC-32 of "" is 0; of "a" is 0xE8B7BE43 = 3904355907 = base62 "4GEHKN";
        // of "123456789" (the standard check value) 0xCBF43926 = "3jZRME".
        assert_eq!(checksum(""), "000000");
        assert_eq!(crc32fast::hash(b"a"), 0xE8B7_BE43);
        assert_eq!(checksum("a"), "4GEHKN");
        assert_eq!(crc32fast::hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(checksum("123456789"), "3jZRME");
    }

    #[test]
    fn prefixes_are_validated() {
        assert_eq!(validate_prefix("cdm_"), Ok(()));
        assert_eq!(validate_prefix("sk_live_"), Ok(()));
        assert_eq!(validate_prefix("ghp"), Ok(()));
        assert_eq!(validate_prefix(""), Err(TokenError::PrefixEmpty));
        assert_eq!(validate_prefix("_x"), Err(TokenError::PrefixStart));
        assert_eq!(validate_prefix("9x_"), Err(TokenError::PrefixStart));
        assert_eq!(
            validate_prefix("cdm-"),
            Err(TokenError::PrefixCharacter { symbol: '-' })
        );
        assert_eq!(
            validate_prefix("cd m"),
            Err(TokenError::PrefixCharacter { symbol: ' ' })
        );
        assert_eq!(
            validate_prefix("cdé_"),
            Err(TokenError::PrefixCharacter { symbol: 'é' })
        );
        assert!(matches!(
            validate_prefix("abcdefghijklmnopq"),
            Err(TokenError::PrefixTooLong {
                len: 17,
                max: 16,
                ..
            })
        ));
        assert_eq!(validate_prefix("abcdefghijklmnop"), Ok(()));
    }

    #[test]
    fn generate_then_check() {
        let mut src = FixedBytes::new((0u8..32).collect::<Vec<_>>());
        let key = generate(&mut src, "cdm_", 32).unwrap();
        let body = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
        assert_eq!(key, format!("cdm_{body}1ggZdL"));
        assert_eq!(check(&key, "cdm_").unwrap().body_len, 32);
        assert_eq!(check(&format!("  {key}\n"), "cdm_").unwrap().body_len, 32);
    }
}
