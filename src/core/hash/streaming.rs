//! Hashing a stream (a file read in chunks) with several algorithms in one pass.
//! Memory use is fixed by the chosen algorithms, whatever the input size.

use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512, Sha512_256};
use sha3::{Sha3_256, Sha3_512};

use super::algorithm::HashAlgorithm;

#[derive(Clone)]
enum State {
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
    Sha512_256(Sha512_256),
    Sha3_256(Sha3_256),
    Sha3_512(Sha3_512),
}

impl State {
    fn new(alg: HashAlgorithm) -> Self {
        match alg {
            HashAlgorithm::Sha1 => Self::Sha1(Sha1::new()),
            HashAlgorithm::Sha224 => Self::Sha224(Sha224::new()),
            HashAlgorithm::Sha256 => Self::Sha256(Sha256::new()),
            HashAlgorithm::Sha384 => Self::Sha384(Sha384::new()),
            HashAlgorithm::Sha512 => Self::Sha512(Sha512::new()),
            HashAlgorithm::Sha512_256 => Self::Sha512_256(Sha512_256::new()),
            HashAlgorithm::Sha3_256 => Self::Sha3_256(Sha3_256::new()),
            HashAlgorithm::Sha3_512 => Self::Sha3_512(Sha3_512::new()),
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Self::Sha1(h) => h.update(data),
            Self::Sha224(h) => h.update(data),
            Self::Sha256(h) => h.update(data),
            Self::Sha384(h) => h.update(data),
            Self::Sha512(h) => h.update(data),
            Self::Sha512_256(h) => h.update(data),
            Self::Sha3_256(h) => h.update(data),
            Self::Sha3_512(h) => h.update(data),
        }
    }

    fn finalize(self) -> Vec<u8> {
        match self {
            Self::Sha1(h) => h.finalize().to_vec(),
            Self::Sha224(h) => h.finalize().to_vec(),
            Self::Sha256(h) => h.finalize().to_vec(),
            Self::Sha384(h) => h.finalize().to_vec(),
            Self::Sha512(h) => h.finalize().to_vec(),
            Self::Sha512_256(h) => h.finalize().to_vec(),
            Self::Sha3_256(h) => h.finalize().to_vec(),
            Self::Sha3_512(h) => h.finalize().to_vec(),
        }
    }
}

/// Feeds the same bytes to several hash algorithms at once.
///
/// ```
/// use clean_dm::core::hash::{HashAlgorithm, MultiHasher};
/// let mut h = MultiHasher::new(&[HashAlgorithm::Sha256, HashAlgorithm::Sha3_256]);
/// h.update(b"ab");
/// h.update(b"c");
/// assert_eq!(h.bytes_processed(), 3);
/// let digests = h.finalize();
/// assert_eq!(digests[0].1, HashAlgorithm::Sha256.digest(b"abc"));
/// ```
#[derive(Clone)]
pub struct MultiHasher {
    states: Vec<(HashAlgorithm, State)>,
    bytes: u64,
}

impl MultiHasher {
    /// A hasher for `algorithms`, in the given order; repeats are dropped.
    pub fn new(algorithms: &[HashAlgorithm]) -> Self {
        let mut states: Vec<(HashAlgorithm, State)> = Vec::with_capacity(algorithms.len());
        for &alg in algorithms {
            if !states.iter().any(|(a, _)| *a == alg) {
                states.push((alg, State::new(alg)));
            }
        }
        Self { states, bytes: 0 }
    }

    /// The algorithms being computed, in order.
    pub fn algorithms(&self) -> Vec<HashAlgorithm> {
        self.states.iter().map(|(a, _)| *a).collect()
    }

    /// Feeds the next chunk. Chunks may have any sizes; the result is the same
    /// as hashing their concatenation.
    pub fn update(&mut self, data: &[u8]) {
        for (_, state) in &mut self.states {
            state.update(data);
        }
        self.bytes = self.bytes.saturating_add(data.len() as u64);
    }

    /// Total bytes fed so far (for progress and bytes-per-second displays).
    pub fn bytes_processed(&self) -> u64 {
        self.bytes
    }

    /// The digests, in the order the algorithms were given.
    pub fn finalize(self) -> Vec<(HashAlgorithm, Vec<u8>)> {
        self.states
            .into_iter()
            .map(|(alg, state)| (alg, state.finalize()))
            .collect()
    }
}

impl std::fmt::Debug for MultiHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MultiHasher")
            .field("algorithms", &self.algorithms())
            .field("bytes", &self.bytes)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_dropped_and_order_kept() {
        use HashAlgorithm::*;
        let h = MultiHasher::new(&[Sha3_512, Sha1, Sha3_512, Sha256]);
        assert_eq!(h.algorithms(), vec![Sha3_512, Sha1, Sha256]);
        assert!(MultiHasher::new(&[]).finalize().is_empty());
    }

    #[test]
    fn state_size_is_constant() {
        // Every state lives inline; nothing grows with the input.
        assert!(std::mem::size_of::<State>() < 512);
    }
}
