//! The `charset` format: character classes, look-alike exclusion and the
//! "at least one of each class" rule.
//!
//! The rule is met by drawing the whole token uniformly and drawing it again,
//! whole, until every chosen class appears. That keeps every qualifying token
//! equally likely (no class is favoured, no position is fixed), and the entropy
//! is exactly `log2` of the number of qualifying tokens (see `entropy.rs`).

use super::alphabet::Alphabet;
use super::error::TokenError;
use crate::core::random::ByteSource;

/// Characters that are easily confused with one another in common fonts.
pub const LOOKALIKES: &str = "0Oo1lI|";

/// Whole-token redraws before the random source is declared broken. The rarest
/// qualifying case (four classes, look-alikes excluded, length 4) succeeds with
/// probability about 0.06 per draw, so an honest source fails this with
/// probability below 10^-250.
const MAX_REDRAWS: u32 = 10_000;

/// A character class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharClass {
    Upper,
    Lower,
    Digits,
    Symbols,
}

impl CharClass {
    pub const ALL: [CharClass; 4] = [
        CharClass::Upper,
        CharClass::Lower,
        CharClass::Digits,
        CharClass::Symbols,
    ];

    /// Every character of the class, in order.
    pub fn chars(self) -> &'static str {
        match self {
            CharClass::Upper => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            CharClass::Lower => "abcdefghijklmnopqrstuvwxyz",
            CharClass::Digits => "0123456789",
            // All 32 printable ASCII punctuation characters.
            CharClass::Symbols => "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        }
    }

    /// The page's checkbox `data-testid`.
    pub fn id(self) -> &'static str {
        match self {
            CharClass::Upper => "class-upper",
            CharClass::Lower => "class-lower",
            CharClass::Digits => "class-digits",
            CharClass::Symbols => "class-symbols",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CharClass::Upper => "Upper case (A-Z)",
            CharClass::Lower => "Lower case (a-z)",
            CharClass::Digits => "Digits (0-9)",
            CharClass::Symbols => "Symbols (!#$%…)",
        }
    }
}

/// The options of the `charset` format (the page's checkboxes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharsetOptions {
    pub upper: bool,
    pub lower: bool,
    pub digits: bool,
    pub symbols: bool,
    /// Leave out `0 O o 1 l I |`.
    pub exclude_lookalikes: bool,
    /// At least one character of each chosen class.
    pub require_each_class: bool,
}

impl Default for CharsetOptions {
    fn default() -> Self {
        Self {
            upper: true,
            lower: true,
            digits: true,
            symbols: false,
            exclude_lookalikes: false,
            require_each_class: false,
        }
    }
}

impl CharsetOptions {
    pub fn has(&self, class: CharClass) -> bool {
        match class {
            CharClass::Upper => self.upper,
            CharClass::Lower => self.lower,
            CharClass::Digits => self.digits,
            CharClass::Symbols => self.symbols,
        }
    }

    pub fn set(&mut self, class: CharClass, on: bool) {
        match class {
            CharClass::Upper => self.upper = on,
            CharClass::Lower => self.lower = on,
            CharClass::Digits => self.digits = on,
            CharClass::Symbols => self.symbols = on,
        }
    }
}

/// A built character set: the alphabet and which class each symbol is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charset {
    alphabet: Alphabet,
    /// For each symbol index, the index of its class among the chosen classes.
    class_of: Vec<u8>,
    class_sizes: Vec<usize>,
    require_each: bool,
}

impl Charset {
    pub fn build(opts: &CharsetOptions) -> Result<Self, TokenError> {
        let mut symbols = Vec::new();
        let mut class_of = Vec::new();
        let mut class_sizes = Vec::new();
        for class in CharClass::ALL.into_iter().filter(|c| opts.has(*c)) {
            let k = class_sizes.len() as u8;
            let before = symbols.len();
            for ch in class.chars().chars() {
                if opts.exclude_lookalikes && LOOKALIKES.contains(ch) {
                    continue;
                }
                symbols.push(ch);
                class_of.push(k);
            }
            class_sizes.push(symbols.len() - before);
        }
        if class_sizes.is_empty() {
            return Err(TokenError::NoClassChosen);
        }
        let alphabet = Alphabet::new(symbols)?;
        Ok(Self {
            alphabet,
            class_of,
            class_sizes,
            require_each: opts.require_each_class,
        })
    }

    pub fn alphabet(&self) -> &Alphabet {
        &self.alphabet
    }

    /// Sizes of the chosen classes, in the order upper, lower, digits, symbols.
    pub fn class_sizes(&self) -> &[usize] {
        &self.class_sizes
    }

    pub fn require_each(&self) -> bool {
        self.require_each
    }

    /// Whether a token of `len` characters can be made under the rules.
    pub fn check_length(&self, len: usize) -> Result<(), TokenError> {
        let classes = self.class_sizes.len();
        if self.require_each && len < classes {
            return Err(TokenError::EachClassImpossible {
                classes,
                length: len,
            });
        }
        Ok(())
    }

    /// Whether the symbol indices hold every chosen class (always true without the rule).
    pub fn qualifies(&self, indices: &[u8]) -> bool {
        if !self.require_each {
            return true;
        }
        let all = (1u32 << self.class_sizes.len()) - 1;
        let mut seen = 0u32;
        for &i in indices {
            if let Some(&k) = self.class_of.get(usize::from(i)) {
                seen |= 1 << k;
                if seen == all {
                    return true;
                }
            }
        }
        false
    }

    /// One token of `len` characters; with the rule, the whole token is redrawn
    /// until it qualifies.
    pub fn generate(&self, src: &mut impl ByteSource, len: usize) -> Result<String, TokenError> {
        self.check_length(len)?;
        for _ in 0..MAX_REDRAWS {
            let indices = self.alphabet.draw_indices(src, len)?;
            if self.qualifies(&indices) {
                return Ok(self.alphabet.text_of(&indices));
            }
        }
        Err(TokenError::RandomSourceStuck)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    fn opts(upper: bool, lower: bool, digits: bool, symbols: bool) -> CharsetOptions {
        CharsetOptions {
            upper,
            lower,
            digits,
            symbols,
            ..Default::default()
        }
    }

    #[test]
    fn class_sizes_with_and_without_lookalikes() {
        let all = opts(true, true, true, true);
        let c = Charset::build(&all).unwrap();
        assert_eq!(c.class_sizes(), [26, 26, 10, 32]);
        assert_eq!(c.alphabet().len(), 94);
        let c = Charset::build(&CharsetOptions {
            exclude_lookalikes: true,
            ..all
        })
        .unwrap();
        assert_eq!(c.class_sizes(), [24, 24, 8, 31]);
        assert_eq!(c.alphabet().len(), 87);
        for ch in LOOKALIKES.chars() {
            assert!(!c.alphabet().symbols().contains(&ch), "{ch}");
        }
    }

    #[test]
    fn no_class_is_an_error() {
        assert_eq!(
            Charset::build(&opts(false, false, false, false)),
            Err(TokenError::NoClassChosen)
        );
    }

    #[test]
    fn a_single_small_class_still_works() {
        let c = Charset::build(&CharsetOptions {
            exclude_lookalikes: true,
            ..opts(false, false, true, false)
        })
        .unwrap();
        assert_eq!(
            c.alphabet().symbols().iter().collect::<String>(),
            "23456789"
        );
    }

    #[test]
    fn each_class_rule_needs_room_for_every_class() {
        let c = Charset::build(&CharsetOptions {
            require_each_class: true,
            ..opts(true, true, true, true)
        })
        .unwrap();
        let mut src = FixedBytes::new(vec![0u8; 64]);
        assert_eq!(
            c.generate(&mut src, 3),
            Err(TokenError::EachClassImpossible {
                classes: 4,
                length: 3
            })
        );
        assert_eq!(src.consumed(), 0);
    }

    #[test]
    fn each_class_rule_redraws_the_whole_token() {
        // upper + digits: 36 symbols, mask 63; indices 0-25 are A-Z, 26-35 are 0-9.
        let c = Charset::build(&CharsetOptions {
            require_each_class: true,
            ..opts(true, false, true, false)
        })
        .unwrap();
        // First draw "ABC" has no digit and is thrown away whole; the second,
        // "D0E", qualifies. The digit is not forced into any position.
        let mut src = FixedBytes::new(vec![0, 1, 2, 3, 26, 4, 9, 9]);
        assert_eq!(c.generate(&mut src, 3).unwrap(), "D0E");
        assert_eq!(src.consumed(), 6);
    }
}
