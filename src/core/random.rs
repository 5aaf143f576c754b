//! Where random bytes come from. Everything that needs randomness takes a
//! `ByteSource`, so tests can feed fixed bytes and assert exact output, while
//! the app feeds the operating system's (in the browser: `crypto.getRandomValues`).

use thiserror::Error;

/// The most one `crypto.getRandomValues` call may fill.
pub const MAX_REQUEST: usize = 65_536;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RandomError {
    #[error("The browser's secure random source (crypto.getRandomValues) is unavailable: {0}. Use a current browser with Web Crypto enabled.")]
    Unavailable(String),
    #[error("The fixed test bytes ran out after {0} bytes.")]
    Exhausted(usize),
}

/// A source of random bytes.
pub trait ByteSource {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), RandomError>;
}

/// The system's cryptographic random source, through `getrandom`.
/// Large requests are split into calls of at most `MAX_REQUEST` bytes.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemRandom;

impl ByteSource for SystemRandom {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), RandomError> {
        for chunk in buf.chunks_mut(MAX_REQUEST) {
            getrandom::fill(chunk).map_err(|e| RandomError::Unavailable(e.to_string()))?;
        }
        Ok(())
    }
}

/// Serves fixed bytes in order; for tests that check exact output.
#[derive(Debug, Clone)]
pub struct FixedBytes {
    bytes: Vec<u8>,
    pos: usize,
}

impl FixedBytes {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            bytes: bytes.into(),
            pos: 0,
        }
    }

    /// How many bytes have been handed out so far.
    pub fn consumed(&self) -> usize {
        self.pos
    }
}

impl ByteSource for FixedBytes {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), RandomError> {
        let end = self.pos + buf.len();
        if end > self.bytes.len() {
            return Err(RandomError::Exhausted(self.bytes.len()));
        }
        buf.copy_from_slice(&self.bytes[self.pos..end]);
        self.pos = end;
        Ok(())
    }
}

/// Draws bytes from an inner source in large blocks, so generating many short
/// tokens does not cost one `getRandomValues` call per character.
pub struct BufferedSource<S: ByteSource> {
    inner: S,
    buf: Vec<u8>,
    pos: usize,
}

impl<S: ByteSource> BufferedSource<S> {
    pub fn new(inner: S, block: usize) -> Self {
        let block = block.clamp(1, MAX_REQUEST);
        Self {
            inner,
            buf: vec![0; block],
            pos: block,
        }
    }
}

impl<S: ByteSource> ByteSource for BufferedSource<S> {
    fn fill(&mut self, out: &mut [u8]) -> Result<(), RandomError> {
        let mut written = 0;
        while written < out.len() {
            if self.pos == self.buf.len() {
                self.inner.fill(&mut self.buf)?;
                self.pos = 0;
            }
            let n = (self.buf.len() - self.pos).min(out.len() - written);
            out[written..written + n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
            self.pos += n;
            written += n;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_bytes_serve_in_order_then_run_out() {
        let mut src = FixedBytes::new(vec![1, 2, 3]);
        let mut a = [0u8; 2];
        src.fill(&mut a).unwrap();
        assert_eq!(a, [1, 2]);
        let mut b = [0u8; 2];
        assert_eq!(src.fill(&mut b), Err(RandomError::Exhausted(3)));
    }

    #[test]
    fn buffered_source_passes_bytes_through_unchanged() {
        let data: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        let mut src = BufferedSource::new(FixedBytes::new(data.clone()), 100);
        let mut out = vec![0u8; 1000];
        for chunk in out.chunks_mut(7) {
            src.fill(chunk).unwrap();
        }
        assert_eq!(out, data);
    }

    #[test]
    fn system_random_fills_large_buffers_and_differs() {
        let mut a = vec![0u8; MAX_REQUEST * 2 + 5];
        let mut b = vec![0u8; 64];
        SystemRandom.fill(&mut a).unwrap();
        SystemRandom.fill(&mut b).unwrap();
        assert_ne!(&a[..64], &b[..]);
        // A zeroed tail would mean a chunk was skipped.
        assert!(
            a[MAX_REQUEST * 2..].iter().any(|&x| x != 0)
                || a[MAX_REQUEST..].iter().any(|&x| x != 0)
        );
    }
}
