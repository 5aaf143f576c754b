//! The hash algorithms the page offers, with stable ids for `<select>` values.

use std::fmt;
use std::str::FromStr;

use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512, Sha512_256};
use sha3::{Sha3_256, Sha3_512};

use super::error::HashError;

/// A hash algorithm. SHA-3 is FIPS 202 SHA-3 (padding 0x06), not the original
/// Keccak submission that some tools mislabel as "SHA3".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum HashAlgorithm {
    Sha1,
    Sha224,
    #[default]
    Sha256,
    Sha384,
    Sha512,
    Sha512_256,
    Sha3_256,
    Sha3_512,
}

const ALL: [HashAlgorithm; 8] = [
    HashAlgorithm::Sha1,
    HashAlgorithm::Sha224,
    HashAlgorithm::Sha256,
    HashAlgorithm::Sha384,
    HashAlgorithm::Sha512,
    HashAlgorithm::Sha512_256,
    HashAlgorithm::Sha3_256,
    HashAlgorithm::Sha3_512,
];

impl HashAlgorithm {
    /// Every algorithm, in menu order (SHA-1 first, then SHA-2, then SHA-3).
    pub fn all() -> &'static [HashAlgorithm] {
        &ALL
    }

    /// Stable id for `<select>` values and settings:
    /// `sha1`, `sha224`, `sha256`, `sha384`, `sha512`, `sha512-256`, `sha3-256`, `sha3-512`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Sha1 => "sha1",
            Self::Sha224 => "sha224",
            Self::Sha256 => "sha256",
            Self::Sha384 => "sha384",
            Self::Sha512 => "sha512",
            Self::Sha512_256 => "sha512-256",
            Self::Sha3_256 => "sha3-256",
            Self::Sha3_512 => "sha3-512",
        }
    }

    /// The algorithm's standard name, for display.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sha1 => "SHA-1",
            Self::Sha224 => "SHA-224",
            Self::Sha256 => "SHA-256",
            Self::Sha384 => "SHA-384",
            Self::Sha512 => "SHA-512",
            Self::Sha512_256 => "SHA-512/256",
            Self::Sha3_256 => "SHA3-256",
            Self::Sha3_512 => "SHA3-512",
        }
    }

    /// Digest length in bytes.
    pub fn digest_len(self) -> usize {
        match self {
            Self::Sha1 => 20,
            Self::Sha224 => 28,
            Self::Sha256 | Self::Sha512_256 | Self::Sha3_256 => 32,
            Self::Sha384 => 48,
            Self::Sha512 | Self::Sha3_512 => 64,
        }
    }

    /// True for algorithms that must not be used for security (SHA-1).
    pub fn is_legacy(self) -> bool {
        matches!(self, Self::Sha1)
    }

    /// A warning to show next to a legacy algorithm.
    pub fn legacy_note(self) -> Option<&'static str> {
        match self {
            Self::Sha1 => Some(
                "SHA-1 is broken: collisions can be made (SHAttered, 2017). Use it only to check old checksums, never for security.",
            ),
            _ => None,
        }
    }

    /// The algorithm with this stable id (see [`HashAlgorithm::id`]), exactly.
    pub fn from_id(id: &str) -> Option<Self> {
        ALL.into_iter().find(|a| a.id() == id)
    }

    /// Lenient lookup of a name as people and tools write it: any case, with or
    /// without `-`, `_`, `/` or spaces: `SHA-256`, `sha256`, `SHA2-256`,
    /// `SHA512/256`, `sha512_256`, `SHA3-256`, `sha3_512`, `SHA1`.
    pub fn from_name(name: &str) -> Option<Self> {
        let norm: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | '/' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match norm.as_str() {
            "sha1" => Some(Self::Sha1),
            "sha224" | "sha2224" => Some(Self::Sha224),
            "sha256" | "sha2256" => Some(Self::Sha256),
            "sha384" | "sha2384" => Some(Self::Sha384),
            "sha512" | "sha2512" => Some(Self::Sha512),
            "sha512256" | "sha2512256" | "sha512t256" => Some(Self::Sha512_256),
            "sha3256" => Some(Self::Sha3_256),
            "sha3512" => Some(Self::Sha3_512),
            _ => None,
        }
    }

    /// Every algorithm whose digests have `len` bytes.
    pub fn with_digest_len(len: usize) -> Vec<HashAlgorithm> {
        ALL.into_iter().filter(|a| a.digest_len() == len).collect()
    }

    /// One-shot digest of `data`.
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Self::Sha1 => Sha1::digest(data).to_vec(),
            Self::Sha224 => Sha224::digest(data).to_vec(),
            Self::Sha256 => Sha256::digest(data).to_vec(),
            Self::Sha384 => Sha384::digest(data).to_vec(),
            Self::Sha512 => Sha512::digest(data).to_vec(),
            Self::Sha512_256 => Sha512_256::digest(data).to_vec(),
            Self::Sha3_256 => Sha3_256::digest(data).to_vec(),
            Self::Sha3_512 => Sha3_512::digest(data).to_vec(),
        }
    }
}

impl fmt::Display for HashAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for HashAlgorithm {
    type Err = HashError;

    /// Accepts the stable id or any name [`HashAlgorithm::from_name`] knows.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Self::from_id(s)
            .or_else(|| Self::from_name(s))
            .ok_or_else(|| HashError::UnknownAlgorithm(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for &a in HashAlgorithm::all() {
            assert_eq!(HashAlgorithm::from_id(a.id()), Some(a));
            assert_eq!(a.id().parse::<HashAlgorithm>(), Ok(a));
            assert_eq!(HashAlgorithm::from_name(a.label()), Some(a));
            assert_eq!(a.digest(b"").len(), a.digest_len());
        }
        let mut ids: Vec<_> = HashAlgorithm::all().iter().map(|a| a.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 8);
    }

    #[test]
    fn names_as_tools_write_them() {
        use HashAlgorithm::*;
        for (name, alg) in [
            ("SHA256", Sha256),
            ("sha-256", Sha256),
            ("SHA2-256", Sha256),
            ("SHA512/256", Sha512_256),
            ("sha512_256", Sha512_256),
            ("SHA2-512/256", Sha512_256),
            ("SHA3-256", Sha3_256),
            ("sha3_512", Sha3_512),
            ("SHA1", Sha1),
            ("SHA-224", Sha224),
            ("sha384", Sha384),
        ] {
            assert_eq!(HashAlgorithm::from_name(name), Some(alg), "{name}");
        }
        for name in ["md5", "sha3-384", "keccak256", "", "sha"] {
            assert_eq!(HashAlgorithm::from_name(name), None, "{name}");
        }
        let err = "md5".parse::<HashAlgorithm>().unwrap_err();
        assert!(err.to_string().contains("\"md5\""), "{err}");
    }

    #[test]
    fn only_sha1_is_legacy() {
        for &a in HashAlgorithm::all() {
            assert_eq!(a.is_legacy(), a == HashAlgorithm::Sha1);
            assert_eq!(a.legacy_note().is_some(), a.is_legacy());
        }
    }

    #[test]
    fn lengths_shared_between_algorithms() {
        use HashAlgorithm::*;
        assert_eq!(
            HashAlgorithm::with_digest_len(32),
            vec![Sha256, Sha512_256, Sha3_256]
        );
        assert_eq!(HashAlgorithm::with_digest_len(64), vec![Sha512, Sha3_512]);
        assert!(HashAlgorithm::with_digest_len(17).is_empty());
    }
}
