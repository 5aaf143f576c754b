//! Reading the numbers people type (length, count, bits) with messages that
//! say what is wrong. Only the syntax is checked here; ranges are checked by
//! `TokenSpec::validate`.

use super::error::{excerpt, TokenError};

/// A length in characters, e.g. "32".
pub fn parse_length(text: &str) -> Result<usize, TokenError> {
    parse_whole(text, "length", "32")
}

/// How many tokens, e.g. "10".
pub fn parse_count(text: &str) -> Result<usize, TokenError> {
    parse_whole(text, "count", "10")
}

/// Bits of entropy, e.g. "128".
pub fn parse_bits(text: &str) -> Result<usize, TokenError> {
    parse_whole(text, "number of bits", "128")
}

/// A non-negative whole number; numbers too large to hold become `usize::MAX`,
/// which the range checks then reject.
fn parse_whole(
    text: &str,
    field: &'static str,
    example: &'static str,
) -> Result<usize, TokenError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(TokenError::Missing { field, example });
    }
    let digits = t.strip_prefix('+').unwrap_or(t);
    if let Some(rest) = t.strip_prefix('-') {
        if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(TokenError::Negative { field, example });
        }
    }
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(TokenError::NotANumber {
            field,
            example,
            text: excerpt(t),
        });
    }
    Ok(digits.parse::<usize>().unwrap_or(usize::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_numbers() {
        assert_eq!(parse_length("32"), Ok(32));
        assert_eq!(parse_length(" 007 "), Ok(7));
        assert_eq!(parse_length("+5"), Ok(5));
        assert_eq!(parse_length("0"), Ok(0));
        assert_eq!(parse_count("99999999999999999999999999"), Ok(usize::MAX));
    }

    #[test]
    fn bad_numbers_say_why() {
        assert_eq!(
            parse_length(""),
            Err(TokenError::Missing {
                field: "length",
                example: "32"
            })
        );
        assert_eq!(
            parse_length("-3"),
            Err(TokenError::Negative {
                field: "length",
                example: "32"
            })
        );
        assert_eq!(
            parse_count("-0.5"),
            Err(TokenError::Negative {
                field: "count",
                example: "10"
            })
        );
        for bad in ["abc", "12.5", "1e3", "3 2", "٣", "+", "-", "0x10"] {
            assert!(
                matches!(parse_length(bad), Err(TokenError::NotANumber { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            parse_bits("lots").unwrap_err().to_string(),
            "The number of bits must be a whole number such as 128; \"lots\" is not one."
        );
    }
}
