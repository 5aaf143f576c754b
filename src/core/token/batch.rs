//! Batches of distinct tokens.

use std::collections::HashSet;

use super::error::TokenError;

/// Most tokens made at once.
pub const MAX_COUNT: usize = 10_000;

/// Draws beyond `count` allowed before giving up, per token asked for. Even when
/// the batch takes every possible token (the coupon collector's worst case),
/// 10,000 tokens need about 10 draws each on average; 100 each plus a margin is
/// never reached by an honest source.
const DRAWS_PER_TOKEN: usize = 100;

/// `count` distinct tokens from `make`, in the order first drawn; a duplicate
/// is thrown away and drawn again. The caller checks beforehand that the
/// settings allow at least `count` distinct tokens.
pub fn distinct<F>(count: usize, mut make: F) -> Result<Vec<String>, TokenError>
where
    F: FnMut() -> Result<String, TokenError>,
{
    let mut seen = HashSet::with_capacity(count);
    let mut out = Vec::with_capacity(count);
    let budget = count.saturating_mul(DRAWS_PER_TOKEN).saturating_add(1_000);
    for _ in 0..budget {
        if out.len() == count {
            break;
        }
        let token = make()?;
        if seen.insert(token.clone()) {
            out.push(token);
        }
    }
    if out.len() == count {
        Ok(out)
    } else {
        Err(TokenError::RandomSourceStuck)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_are_redrawn() {
        let mut it = ["a", "b", "a", "a", "c", "b", "d"].into_iter();
        let got = distinct(4, || Ok(it.next().unwrap_or("z").to_string())).unwrap();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }

    #[test]
    fn a_source_that_repeats_forever_is_reported() {
        assert_eq!(
            distinct(2, || Ok("same".to_string())),
            Err(TokenError::RandomSourceStuck)
        );
    }

    #[test]
    fn zero_is_empty() {
        assert_eq!(distinct(0, || Ok("x".to_string())), Ok(vec![]));
    }
}
