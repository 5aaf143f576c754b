//! HMAC (RFC 2104) with SHA-256, SHA-384 and SHA-512.

use std::fmt;
use std::str::FromStr;

use hmac::{Hmac, Mac};
use sha2::{Sha256, Sha384, Sha512};

use super::algorithm::HashAlgorithm;
use super::encoding::{InputEncoding, OutputEncoding};
use super::error::HashError;
use crate::core::random::{ByteSource, RandomError};

/// The HMAC variants the page offers. Ids equal the hash ids: `sha256`, `sha384`, `sha512`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HmacAlgorithm {
    #[default]
    Sha256,
    Sha384,
    Sha512,
}

const ALL: [HmacAlgorithm; 3] = [
    HmacAlgorithm::Sha256,
    HmacAlgorithm::Sha384,
    HmacAlgorithm::Sha512,
];

impl HmacAlgorithm {
    pub fn all() -> &'static [HmacAlgorithm] {
        &ALL
    }

    /// The underlying hash.
    pub fn hash(self) -> HashAlgorithm {
        match self {
            Self::Sha256 => HashAlgorithm::Sha256,
            Self::Sha384 => HashAlgorithm::Sha384,
            Self::Sha512 => HashAlgorithm::Sha512,
        }
    }

    /// The HMAC variant of `hash`, if the page offers one.
    pub fn from_hash(hash: HashAlgorithm) -> Option<Self> {
        ALL.into_iter().find(|a| a.hash() == hash)
    }

    /// Stable id, equal to the hash id: `sha256`, `sha384`, `sha512`.
    pub fn id(self) -> &'static str {
        self.hash().id()
    }

    /// `HMAC-SHA256`, `HMAC-SHA384`, `HMAC-SHA512`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sha256 => "HMAC-SHA256",
            Self::Sha384 => "HMAC-SHA384",
            Self::Sha512 => "HMAC-SHA512",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        ALL.into_iter().find(|a| a.id() == id)
    }

    /// Tag length in bytes (the hash's digest length).
    pub fn output_len(self) -> usize {
        self.hash().digest_len()
    }

    /// Size of a random key to generate: 32, 48 or 64 bytes, the hash's output
    /// length L. RFC 2104 §3 strongly discourages keys shorter than L (and longer
    /// random keys add no strength); RFC 7518 §3.2 requires a key of at least
    /// that size for HS256/HS384/HS512.
    pub fn recommended_key_len(self) -> usize {
        self.output_len()
    }

    /// A warning when a key is shorter than [`recommended_key_len`](Self::recommended_key_len).
    pub fn key_warning(self, key_len: usize) -> Option<String> {
        let want = self.recommended_key_len();
        (key_len < want).then(|| {
            format!(
                "The key is {key_len} bytes; {} wants at least {want} random bytes (RFC 2104, RFC 7518). Use the random key button for a strong key.",
                self.label()
            )
        })
    }

    /// Draws a random key of the recommended size from `source`.
    pub fn random_key(self, source: &mut impl ByteSource) -> Result<Vec<u8>, RandomError> {
        let mut key = vec![0u8; self.recommended_key_len()];
        source.fill(&mut key)?;
        Ok(key)
    }
}

impl fmt::Display for HmacAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for HmacAlgorithm {
    type Err = HashError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hash: HashAlgorithm = s.trim().trim_start_matches("hmac-").parse()?;
        Self::from_hash(hash).ok_or_else(|| HashError::HmacUnsupported(hash.label().to_string()))
    }
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8]) -> Result<Vec<u8>, HashError> {
    let mut m = <M as hmac::digest::KeyInit>::new_from_slice(key)
        .map_err(|_| HashError::HmacKeyRejected(key.len()))?;
    m.update(msg);
    Ok(m.finalize().into_bytes().to_vec())
}

/// HMAC of `msg` under `key`. Keys of any length work (RFC 2104); the error
/// cannot happen with HMAC but is passed on rather than panicking.
pub fn hmac(alg: HmacAlgorithm, key: &[u8], msg: &[u8]) -> Result<Vec<u8>, HashError> {
    match alg {
        HmacAlgorithm::Sha256 => mac::<Hmac<Sha256>>(key, msg),
        HmacAlgorithm::Sha384 => mac::<Hmac<Sha384>>(key, msg),
        HmacAlgorithm::Sha512 => mac::<Hmac<Sha512>>(key, msg),
    }
}

/// HMAC of text fields as the page has them: the key and message are decoded
/// from their encodings, the tag encoded to `output`. Key errors are wrapped in
/// [`HashError::HmacKey`] so the page can show them next to the key field.
pub fn hmac_text(
    alg: HmacAlgorithm,
    key: &str,
    key_encoding: InputEncoding,
    msg: &str,
    msg_encoding: InputEncoding,
    output: OutputEncoding,
) -> Result<String, HashError> {
    let key = key_encoding
        .decode(key)
        .map_err(|e| HashError::HmacKey(Box::new(e)))?;
    let msg = msg_encoding.decode(msg)?;
    Ok(output.encode(&hmac(alg, &key, &msg)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::random::FixedBytes;

    #[test]
    fn recommended_sizes() {
        assert_eq!(HmacAlgorithm::Sha256.recommended_key_len(), 32);
        assert_eq!(HmacAlgorithm::Sha384.recommended_key_len(), 48);
        assert_eq!(HmacAlgorithm::Sha512.recommended_key_len(), 64);
        assert!(HmacAlgorithm::Sha256.key_warning(31).is_some());
        assert!(HmacAlgorithm::Sha256.key_warning(32).is_none());
    }

    #[test]
    fn random_key_takes_bytes_from_source() {
        let mut src = FixedBytes::new((0u8..64).collect::<Vec<_>>());
        let key = HmacAlgorithm::Sha384.random_key(&mut src).unwrap();
        assert_eq!(key, (0u8..48).collect::<Vec<_>>());
        assert_eq!(src.consumed(), 48);
        assert!(HmacAlgorithm::Sha512.random_key(&mut src).is_err());
    }

    #[test]
    fn ids_parse() {
        for &a in HmacAlgorithm::all() {
            assert_eq!(a.id().parse::<HmacAlgorithm>(), Ok(a));
            assert_eq!(HmacAlgorithm::from_id(a.id()), Some(a));
        }
        assert_eq!(
            "hmac-sha384".parse::<HmacAlgorithm>(),
            Ok(HmacAlgorithm::Sha384)
        );
        assert!(matches!(
            "sha1".parse::<HmacAlgorithm>(),
            Err(HashError::HmacUnsupported(_))
        ));
    }

    #[test]
    fn key_errors_are_labelled() {
        let err = hmac_text(
            HmacAlgorithm::Sha256,
            "abc",
            InputEncoding::Hex,
            "msg",
            InputEncoding::Utf8,
            OutputEncoding::Hex,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "HMAC key: Hex input has an odd number of digits (3); every byte needs two hex digits, so one is missing or extra."
        );
    }
}
