//! Entry points for the side-by-side benchmark (`scripts/bench.sh`); compiled only
//! for wasm32 with the `bench` feature, so the page itself never contains them.
//!
//! Each function does exactly the work the page does through the same core calls
//! (token batches through `TokenSpec::generate_system`, hashing through
//! `core::hash`, QR codes through `core::qr::render`) and hands the result to
//! JavaScript, which times the calls with `performance.now()`.

use wasm_bindgen::prelude::*;

use crate::core::hash::{self, HashAlgorithm, MultiHasher};
use crate::core::qr::{self, EcLevel, QrRequest};
use crate::core::token::{Format, Length, Preset, TokenSpec, MAX_COUNT};

fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The page's settings for `custom-alphabet` tokens of `len` characters.
fn custom_spec(alphabet: &str, len: usize, count: usize) -> TokenSpec {
    TokenSpec {
        format: Format::CustomAlphabet,
        length: Length::Chars(len),
        count,
        custom_alphabet: alphabet.to_string(),
        ..TokenSpec::new(Preset::Custom)
    }
}

/// Calls `each` with every batch of `total` tokens, made as the page makes them:
/// batches of at most `MAX_COUNT` distinct tokens from `generate_system`.
fn batches(
    alphabet: &str,
    len: usize,
    total: usize,
    mut each: impl FnMut(Vec<String>),
) -> Result<(), JsError> {
    let mut left = total;
    while left > 0 {
        let n = left.min(MAX_COUNT);
        let spec = custom_spec(alphabet, len, n);
        each(spec.generate_system(0).map_err(js_error)?);
        left -= n;
    }
    Ok(())
}

/// `total` tokens handed to JavaScript as an array of strings (what nanoid returns).
#[wasm_bindgen]
pub fn tokens_to_js(alphabet: &str, len: usize, total: usize) -> Result<Vec<String>, JsError> {
    let mut out = Vec::with_capacity(total);
    batches(alphabet, len, total, |batch| out.extend(batch))?;
    Ok(out)
}

/// `total` tokens handed to JavaScript as one string, one token a line (split in JS):
/// one crossing of the boundary instead of one per token. (Alphabets cannot hold line
/// breaks: `Alphabet::parse` refuses them.)
#[wasm_bindgen]
pub fn tokens_joined(alphabet: &str, len: usize, total: usize) -> Result<String, JsError> {
    let mut out = String::with_capacity(total * (len + 1));
    batches(alphabet, len, total, |batch| {
        for t in batch {
            out.push_str(&t);
            out.push('\n');
        }
    })?;
    out.pop();
    Ok(out)
}

/// `total` tokens kept inside wasm; returns how many characters they hold, so the
/// work cannot be optimised away.
#[wasm_bindgen]
pub fn tokens_in_wasm(alphabet: &str, len: usize, total: usize) -> Result<usize, JsError> {
    let mut chars = 0;
    batches(alphabet, len, total, |batch| {
        chars += batch.iter().map(String::len).sum::<usize>();
    })?;
    Ok(chars)
}

/// One-shot SHA-256 of `data` (copied into wasm memory by the binding).
#[wasm_bindgen]
pub fn sha256(data: &[u8]) -> Vec<u8> {
    hash::digest(HashAlgorithm::Sha256, data)
}

/// SHA-256 of every `item`-byte piece of `data`, in one call; the digests concatenated.
#[wasm_bindgen]
pub fn sha256_each(data: &[u8], item: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() / item.max(1) * 32 + 32);
    for piece in data.chunks(item.max(1)) {
        out.extend_from_slice(&hash::digest(HashAlgorithm::Sha256, piece));
    }
    out
}

/// Streaming SHA-256 through the file hasher's `MultiHasher`, fed chunk by chunk.
#[wasm_bindgen]
pub struct Sha256Stream {
    inner: MultiHasher,
}

impl Default for Sha256Stream {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl Sha256Stream {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self {
            inner: MultiHasher::new(&[HashAlgorithm::Sha256]),
        }
    }

    pub fn update(&mut self, chunk: &[u8]) {
        self.inner.update(chunk);
    }

    pub fn finish(self) -> Vec<u8> {
        self.inner
            .finalize()
            .into_iter()
            .next()
            .map(|(_, digest)| digest)
            .unwrap_or_default()
    }
}

/// The page's QR code for `text` at level M (default request: quiet zone 4, 256 px,
/// black on white) as an SVG string.
#[wasm_bindgen]
pub fn qr_svg(text: &str) -> Result<String, JsError> {
    let req = QrRequest {
        level: EcLevel::M,
        ..QrRequest::new(text)
    };
    qr::render(&req).map(|out| out.svg).map_err(js_error)
}

/// The module matrix only, at level M; returns its width (the matrix stays in wasm).
#[wasm_bindgen]
pub fn qr_matrix_width(text: &str) -> Result<usize, JsError> {
    qr::encode(text, EcLevel::M)
        .map(|e| e.matrix.width())
        .map_err(js_error)
}

/// For comparison only: the matrix from the `qrcode` crate called directly (its own
/// version and segment choice), without `core::qr::encode`'s planning around it.
#[wasm_bindgen]
pub fn qr_crate_width(text: &str) -> Result<usize, JsError> {
    qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map(|code| code.width())
        .map_err(js_error)
}
