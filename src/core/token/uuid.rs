//! UUID version 4 and 7 (RFC 9562), in the canonical lower-case hyphenated form.
//!
//! v4: 122 random bits; version nibble 4, variant bits `10`.
//! v7: 48-bit big-endian Unix time in milliseconds, version nibble 7, 12 random
//! bits (`rand_a`), variant bits `10`, 62 random bits (`rand_b`): 74 random bits.
//! The time comes in as a parameter (the page passes `Date.now()`).

use super::error::TokenError;
use crate::core::random::ByteSource;

/// Random bits in a v4 UUID.
pub const V4_RANDOM_BITS: u32 = 122;
/// Random bits in a v7 UUID.
pub const V7_RANDOM_BITS: u32 = 74;
/// Latest time a v7 UUID can hold: 2^48 - 1 ms after 1970 (year 10889).
pub const V7_MAX_MS: u64 = (1 << 48) - 1;
/// Characters in the canonical form.
pub const UUID_LEN: usize = 36;

/// A random (version 4) UUID from 16 bytes of the source.
pub fn v4(src: &mut impl ByteSource) -> Result<String, TokenError> {
    let mut b = [0u8; 16];
    src.fill(&mut b)?;
    b[6] = (b[6] & 0x0F) | 0x40;
    b[8] = (b[8] & 0x3F) | 0x80;
    Ok(hyphenated(&b))
}

/// A time-ordered (version 7) UUID for `unix_ms`, from 10 bytes of the source.
pub fn v7(src: &mut impl ByteSource, unix_ms: u64) -> Result<String, TokenError> {
    if unix_ms > V7_MAX_MS {
        return Err(TokenError::TimestampOutOfRange { ms: unix_ms });
    }
    let mut b = [0u8; 16];
    b[..6].copy_from_slice(&unix_ms.to_be_bytes()[2..]);
    src.fill(&mut b[6..])?;
    b[6] = (b[6] & 0x0F) | 0x70;
    b[8] = (b[8] & 0x3F) | 0x80;
    Ok(hyphenated(&b))
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lower case.
pub fn hyphenated(b: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(UUID_LEN);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    #[test]
    fn v4_sets_version_and_variant_and_keeps_the_rest() {
        let mut src = FixedBytes::new((0u8..16).collect::<Vec<_>>());
        assert_eq!(
            v4(&mut src).unwrap(),
            "00010203-0405-4607-8809-0a0b0c0d0e0f"
        );
        let mut src = FixedBytes::new(vec![0xFF; 16]);
        assert_eq!(
            v4(&mut src).unwrap(),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
    }

    #[test]
    fn v7_puts_the_time_first() {
        let mut src = FixedBytes::new(vec![0xFF; 10]);
        assert_eq!(
            v7(&mut src, 0x0123_4567_89AB).unwrap(),
            "01234567-89ab-7fff-bfff-ffffffffffff"
        );
        assert_eq!(src.consumed(), 10);
        let mut src = FixedBytes::new(vec![0; 10]);
        assert_eq!(
            v7(&mut src, V7_MAX_MS).unwrap(),
            "ffffffff-ffff-7000-8000-000000000000"
        );
        let mut src = FixedBytes::new(vec![0; 10]);
        assert_eq!(
            v7(&mut src, V7_MAX_MS + 1),
            Err(TokenError::TimestampOutOfRange { ms: V7_MAX_MS + 1 })
        );
    }
}
