//! Token engine (issue 3 grows this). Pure Rust: randomness comes in as a `ByteSource`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use thiserror::Error;

use crate::core::random::{ByteSource, RandomError};

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum TokenError {
    #[error(transparent)]
    Random(#[from] RandomError),
}

/// Bytes in the default token: 256 bits.
pub const DEFAULT_BYTES: usize = 32;

/// The page's default token: 256 random bits as unpadded base64url, like
/// Python's `secrets.token_urlsafe(32)` (43 characters).
pub fn generate_default(src: &mut impl ByteSource) -> Result<String, TokenError> {
    let mut bytes = [0u8; DEFAULT_BYTES];
    src.fill(&mut bytes)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    #[test]
    fn default_token_is_exact_base64url_of_the_bytes() {
        let mut src = FixedBytes::new((0u8..32).collect::<Vec<_>>());
        let t = generate_default(&mut src).unwrap();
        assert_eq!(t, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
        assert_eq!(src.consumed(), 32);
    }

    #[test]
    fn default_token_reports_exhausted_source() {
        let mut src = FixedBytes::new(vec![0u8; 31]);
        assert!(matches!(generate_default(&mut src), Err(TokenError::Random(_))));
    }
}
