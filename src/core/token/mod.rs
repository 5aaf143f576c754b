//! Token engine. Pure Rust: randomness comes in as a `ByteSource`.
//!
//! The page talks to [`TokenSpec`]: it holds the form's settings and offers
//! `validate`, `entropy` and `generate`. The submodules hold one concern each:
//! - `alphabet`: exactly uniform sampling (mask-and-reject) from 2..=256 symbols
//! - `format`: the format ids, byte encodings and the length rule
//! - `charset`: character classes, look-alikes, "at least one of each"
//! - `entropy`: exact bits, time to guess, verdict
//! - `preset`: what the token is for, with defaults, ranges and a guide
//! - `api_key`: prefixed, checksummed keys and `check`
//! - `uuid`: UUID v4 and v7
//! - `batch`: distinct batches; `export`: txt, CSV and JSON downloads
//! - `input`: reading typed numbers; `error`: the one error type

pub mod alphabet;
pub mod api_key;
pub mod batch;
pub mod charset;
pub mod entropy;
pub mod error;
pub mod export;
pub mod format;
pub mod input;
pub mod preset;
pub mod spec;
pub mod uuid;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

pub use alphabet::Alphabet;
pub use api_key::{check as check_api_key, CheckedKey};
pub use batch::MAX_COUNT;
pub use charset::{CharClass, CharsetOptions};
pub use entropy::{Entropy, Verdict};
pub use error::TokenError;
pub use export::{export, ExportFormat};
pub use format::Format;
pub use input::{parse_bits, parse_count, parse_length};
pub use preset::{Guide, Preset, PresetInfo, PresetKind, MAX_LENGTH};
pub use spec::{check_key_message, Fields, Length, TokenSpec, MAX_BITS};

use crate::core::random::ByteSource;

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
        assert!(matches!(
            generate_default(&mut src),
            Err(TokenError::Random(_))
        ));
    }

    #[test]
    fn default_spec_makes_the_default_token() {
        let mut a = FixedBytes::new((0u8..32).collect::<Vec<_>>());
        let mut b = a.clone();
        assert_eq!(
            TokenSpec::default().generate(&mut a, 0).unwrap(),
            vec![generate_default(&mut b).unwrap()]
        );
    }
}
