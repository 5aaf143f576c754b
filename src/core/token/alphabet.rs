//! Exactly uniform sampling from an alphabet of 2 to 256 symbols.
//!
//! Method: mask-and-reject. With `mask` the smallest `2^k - 1` that is at least
//! `n - 1`, each random byte is masked to `k` bits; a value below `n` is used as
//! the symbol index, any other value is thrown away. Every kept value is equally
//! likely, so every symbol is. Never `byte % n`: for `n` that does not divide 256
//! that favours the first `256 % n` symbols.
//!
//! Bytes are requested in bulk: one `fill` for all the symbols still needed, then
//! another for the ones rejected, and so on. The number of bytes consumed is
//! therefore exact and predictable, which the fixed-byte tests rely on.

use std::collections::HashSet;

use super::error::TokenError;
use crate::core::random::ByteSource;

/// Fewest symbols an alphabet may have.
pub const MIN_SYMBOLS: usize = 2;
/// Most symbols an alphabet may have (one random byte per draw).
pub const MAX_SYMBOLS: usize = 256;

/// Consecutive rounds that keep no byte at all before the source is declared
/// broken. Each byte is kept with probability above 1/2, so an honest source
/// trips this with probability below 2^-64.
const MAX_EMPTY_ROUNDS: u32 = 64;

/// Draws uniform indices in `0..n` for a fixed `n` in 2..=256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sampler {
    n: u16,
    mask: u8,
}

impl Sampler {
    /// `None` unless `2 <= n <= 256`.
    pub fn new(n: usize) -> Option<Self> {
        if !(MIN_SYMBOLS..=MAX_SYMBOLS).contains(&n) {
            return None;
        }
        let mask = u8::try_from(n.next_power_of_two() - 1).ok()?;
        Some(Self { n: n as u16, mask })
    }

    /// Alphabet size.
    pub fn n(&self) -> usize {
        usize::from(self.n)
    }

    /// The bit mask applied to each byte before the range check.
    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// `count` uniform indices in `0..n`.
    pub fn draw(&self, src: &mut impl ByteSource, count: usize) -> Result<Vec<u8>, TokenError> {
        let mut out = Vec::with_capacity(count);
        let mut buf = vec![0u8; count];
        let mut empty_rounds = 0;
        while out.len() < count {
            let chunk = &mut buf[..count - out.len()];
            src.fill(chunk)?;
            let before = out.len();
            for &b in chunk.iter() {
                let v = b & self.mask;
                if u16::from(v) < self.n {
                    out.push(v);
                }
            }
            if out.len() == before {
                empty_rounds += 1;
                if empty_rounds >= MAX_EMPTY_ROUNDS {
                    return Err(TokenError::RandomSourceStuck);
                }
            } else {
                empty_rounds = 0;
            }
        }
        Ok(out)
    }
}

/// A validated set of 2 to 256 distinct symbols, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alphabet {
    symbols: Vec<char>,
    sampler: Sampler,
}

impl Alphabet {
    /// Checks the symbols: not empty, more than one, no repeats, at most 256.
    pub fn new(symbols: Vec<char>) -> Result<Self, TokenError> {
        match symbols.len() {
            0 => return Err(TokenError::AlphabetEmpty),
            1 => return Err(TokenError::AlphabetOneSymbol { symbol: symbols[0] }),
            _ => {}
        }
        let mut seen = HashSet::with_capacity(symbols.len());
        for &c in &symbols {
            if !seen.insert(c) {
                return Err(TokenError::AlphabetRepeated { symbol: c });
            }
        }
        let size = symbols.len();
        let sampler = Sampler::new(size).ok_or(TokenError::AlphabetTooLarge {
            size,
            max: MAX_SYMBOLS,
        })?;
        Ok(Self { symbols, sampler })
    }

    /// An alphabet typed by a person: every character counts (any script), but
    /// spaces, line breaks and invisible characters are refused.
    pub fn parse(text: &str) -> Result<Self, TokenError> {
        for (i, c) in text.chars().enumerate() {
            if let Some(what) = invisible(c) {
                return Err(TokenError::AlphabetInvisible {
                    what,
                    position: i + 1,
                });
            }
        }
        Self::new(text.chars().collect())
    }

    /// A built-in alphabet, known to be valid.
    pub(crate) fn from_static(symbols: &str) -> Self {
        let symbols: Vec<char> = symbols.chars().collect();
        let sampler = Sampler::new(symbols.len()).unwrap_or(Sampler { n: 2, mask: 1 });
        debug_assert_eq!(sampler.n(), symbols.len());
        Self { symbols, sampler }
    }

    pub fn len(&self) -> usize {
        self.symbols.len()
    }

    /// Always false: an alphabet has at least two symbols.
    pub fn is_empty(&self) -> bool {
        self.symbols.is_empty()
    }

    pub fn symbols(&self) -> &[char] {
        &self.symbols
    }

    pub fn sampler(&self) -> Sampler {
        self.sampler
    }

    /// Uniform indices into the alphabet.
    pub fn draw_indices(
        &self,
        src: &mut impl ByteSource,
        len: usize,
    ) -> Result<Vec<u8>, TokenError> {
        self.sampler.draw(src, len)
    }

    /// The symbols at the given indices.
    pub fn text_of(&self, indices: &[u8]) -> String {
        indices
            .iter()
            .filter_map(|&i| self.symbols.get(usize::from(i)))
            .collect()
    }

    /// A string of `len` symbols, each drawn uniformly and independently.
    pub fn sample(&self, src: &mut impl ByteSource, len: usize) -> Result<String, TokenError> {
        Ok(self.text_of(&self.draw_indices(src, len)?))
    }
}

/// Describes characters that must not go into a token: whitespace, control
/// and zero-width characters.
fn invisible(c: char) -> Option<String> {
    let what = match c {
        ' ' => "a space".to_string(),
        '\t' => "a tab".to_string(),
        '\n' | '\r' => "a line break".to_string(),
        c if c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}') =>
        {
            format!("an invisible character (U+{:04X})", u32::from(c))
        }
        _ => return None,
    };
    Some(what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    #[test]
    fn masks_are_the_smallest_covering_power_of_two() {
        let cases = [
            (2, 1),
            (3, 3),
            (10, 15),
            (16, 15),
            (17, 31),
            (58, 63),
            (62, 63),
            (64, 63),
            (65, 127),
            (94, 127),
            (129, 255),
            (256, 255),
        ];
        for (n, mask) in cases {
            assert_eq!(Sampler::new(n).unwrap().mask(), mask, "n = {n}");
        }
        assert_eq!(Sampler::new(0), None);
        assert_eq!(Sampler::new(1), None);
        assert_eq!(Sampler::new(257), None);
    }

    #[test]
    fn rejection_skips_out_of_range_bytes_and_redraws_in_rounds() {
        // n = 10, mask 15. Round 1 asks for 4 bytes: 3 kept, 12 and 0xFA (-> 10)
        // rejected, 0x29 (-> 9) kept. Round 2 asks for 2: 15 rejected, 0x10 (-> 0)
        // kept. Round 3 asks for 1: 7 kept. Seven bytes consumed, the eighth not.
        let mut src = FixedBytes::new(vec![3, 12, 0xFA, 0x29, 15, 0x10, 7, 99]);
        let s = Sampler::new(10).unwrap();
        assert_eq!(s.draw(&mut src, 4).unwrap(), vec![3, 9, 0, 7]);
        assert_eq!(src.consumed(), 7);
    }

    #[test]
    fn power_of_two_alphabets_never_reject() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut src = FixedBytes::new(bytes.clone());
        let got = Sampler::new(256).unwrap().draw(&mut src, 256).unwrap();
        assert_eq!(got, bytes);
        let mut src = FixedBytes::new(bytes.clone());
        let got = Sampler::new(64).unwrap().draw(&mut src, 256).unwrap();
        assert_eq!(got, bytes.iter().map(|b| b & 63).collect::<Vec<_>>());
    }

    #[test]
    fn a_source_that_only_gives_rejected_bytes_is_reported_not_looped_on() {
        struct AllOnes;
        impl ByteSource for AllOnes {
            fn fill(&mut self, buf: &mut [u8]) -> Result<(), crate::core::random::RandomError> {
                buf.fill(0xFF);
                Ok(())
            }
        }
        let s = Sampler::new(10).unwrap();
        assert_eq!(s.draw(&mut AllOnes, 8), Err(TokenError::RandomSourceStuck));
    }

    #[test]
    fn bad_alphabets_give_their_errors() {
        assert_eq!(Alphabet::parse(""), Err(TokenError::AlphabetEmpty));
        assert_eq!(
            Alphabet::parse("x"),
            Err(TokenError::AlphabetOneSymbol { symbol: 'x' })
        );
        assert_eq!(
            Alphabet::parse("xx"),
            Err(TokenError::AlphabetRepeated { symbol: 'x' })
        );
        assert_eq!(
            Alphabet::parse("abcb"),
            Err(TokenError::AlphabetRepeated { symbol: 'b' })
        );
        let big: String = (0..257u32)
            .filter_map(|i| char::from_u32(0x4E00 + i))
            .collect();
        assert_eq!(
            Alphabet::parse(&big),
            Err(TokenError::AlphabetTooLarge {
                size: 257,
                max: 256
            })
        );
        let max: String = (0..256u32)
            .filter_map(|i| char::from_u32(0x4E00 + i))
            .collect();
        assert_eq!(Alphabet::parse(&max).unwrap().len(), 256);
        assert_eq!(
            Alphabet::parse("ab c"),
            Err(TokenError::AlphabetInvisible {
                what: "a space".into(),
                position: 3
            })
        );
        assert!(matches!(
            Alphabet::parse("ab\u{200B}"),
            Err(TokenError::AlphabetInvisible { position: 3, .. })
        ));
        assert!(matches!(
            Alphabet::parse("ab\n"),
            Err(TokenError::AlphabetInvisible { .. })
        ));
    }

    #[test]
    fn non_ascii_alphabets_sample_their_own_symbols() {
        let a = Alphabet::parse("αβγδ").unwrap();
        let mut src = FixedBytes::new(vec![0, 1, 2, 3, 7]);
        assert_eq!(a.sample(&mut src, 5).unwrap(), "αβγδδ");
    }
}
