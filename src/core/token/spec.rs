//! `TokenSpec`: the page's settings, and the one place that turns them into
//! tokens, an entropy report, or a message saying what to fix.

use super::alphabet::Alphabet;
use super::api_key;
use super::batch::{self, MAX_COUNT};
use super::charset::{Charset, CharsetOptions};
use super::entropy::{self, Entropy};
use super::error::TokenError;
use super::format::{Encoding, Format, BASE58_BITCOIN, BASE62};
use super::preset::{Preset, PresetKind, MAX_LENGTH};
use super::uuid;
use crate::core::random::{BufferedSource, ByteSource, SystemRandom, MAX_REQUEST};

/// Most bits that can be asked for (the result must also fit in `MAX_LENGTH` characters).
pub const MAX_BITS: usize = 8192;

/// Slack for bit counts that are whole numbers in exact arithmetic.
const EPS: f64 = 1e-9;

/// How long a token should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    /// Characters of the random part (API keys: the body, without prefix and checksum).
    Chars(usize),
    /// Bits of entropy; the engine works out the length.
    Bits(usize),
}

/// Everything the token tool's form holds.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenSpec {
    pub preset: Preset,
    pub format: Format,
    pub length: Length,
    /// How many tokens, 1 to 10,000, all distinct.
    pub count: usize,
    /// API-key prefix.
    pub prefix: String,
    pub charset: CharsetOptions,
    /// The `custom-alphabet` text, as typed.
    pub custom_alphabet: String,
    /// Hex in upper case.
    pub uppercase_hex: bool,
}

impl Default for TokenSpec {
    /// The session preset: 256 random bits as 43 base64url characters.
    fn default() -> Self {
        Self::new(Preset::Session)
    }
}

/// Which inputs apply to the current settings, for enabling and hiding them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields {
    pub format: bool,
    pub length: bool,
    /// Allowed length in characters (the `length` input's min and max).
    pub length_min: usize,
    pub length_max: usize,
    pub prefix: bool,
    /// The class checkboxes.
    pub charset: bool,
    pub custom_alphabet: bool,
    pub uppercase_hex: bool,
}

/// How tokens are made, once the settings are checked.
#[derive(Debug, Clone)]
enum Plan {
    Encoded { encoding: Encoding, bytes: usize },
    Sampled { alphabet: Alphabet, len: usize },
    Classes { charset: Charset, len: usize },
    ApiKey { prefix: String, body_len: usize },
    UuidV4,
    UuidV7,
}

impl Plan {
    fn bits(&self) -> f64 {
        match self {
            Plan::Encoded { bytes, .. } => 8.0 * *bytes as f64,
            Plan::Sampled { alphabet, len } => entropy::bits_uniform(alphabet.len(), *len),
            Plan::Classes { charset, len } => classes_bits(charset, *len),
            Plan::ApiKey { body_len, .. } => api_key::bits(*body_len),
            Plan::UuidV4 => f64::from(uuid::V4_RANDOM_BITS),
            Plan::UuidV7 => f64::from(uuid::V7_RANDOM_BITS),
        }
    }

    /// Exact number of possible tokens, when it fits in a `u128`.
    fn distinct(&self) -> Option<u128> {
        let pow2 = |bits: usize| {
            u32::try_from(bits)
                .ok()
                .and_then(|b| 1u128.checked_shl(b).filter(|_| b < 128))
        };
        match self {
            Plan::Encoded { bytes, .. } => pow2(bytes.saturating_mul(8)),
            Plan::Sampled { alphabet, len } => entropy::count_uniform(alphabet.len(), *len),
            Plan::Classes { charset, len } => classes_count(charset, *len),
            Plan::ApiKey { body_len, .. } => entropy::count_uniform(62, *body_len),
            Plan::UuidV4 => pow2(uuid::V4_RANDOM_BITS as usize),
            Plan::UuidV7 => pow2(uuid::V7_RANDOM_BITS as usize),
        }
    }

    /// Characters in each token.
    fn length(&self) -> usize {
        match self {
            Plan::Encoded { encoding, bytes } => encoding.encoded_len(*bytes),
            Plan::Sampled { len, .. } | Plan::Classes { len, .. } => *len,
            Plan::ApiKey { prefix, body_len } => {
                prefix.chars().count() + body_len + api_key::CHECKSUM_LEN
            }
            Plan::UuidV4 | Plan::UuidV7 => uuid::UUID_LEN,
        }
    }

    /// Random bytes one token is expected to use, with room for rejections.
    fn bytes_estimate(&self) -> usize {
        match self {
            Plan::Encoded { bytes, .. } => *bytes,
            Plan::Sampled { len, .. }
            | Plan::Classes { len, .. }
            | Plan::ApiKey { body_len: len, .. } => len * 2,
            Plan::UuidV4 | Plan::UuidV7 => 16,
        }
    }

    fn one(&self, src: &mut impl ByteSource, now_ms: u64) -> Result<String, TokenError> {
        match self {
            Plan::Encoded { encoding, bytes } => {
                let mut buf = vec![0u8; *bytes];
                src.fill(&mut buf)?;
                Ok(encoding.encode(&buf))
            }
            Plan::Sampled { alphabet, len } => alphabet.sample(src, *len),
            Plan::Classes { charset, len } => charset.generate(src, *len),
            Plan::ApiKey { prefix, body_len } => api_key::generate(src, prefix, *body_len),
            Plan::UuidV4 => uuid::v4(src),
            Plan::UuidV7 => uuid::v7(src, now_ms),
        }
    }
}

fn classes_bits(charset: &Charset, len: usize) -> f64 {
    if charset.require_each() {
        entropy::bits_each_class(charset.class_sizes(), len)
    } else {
        entropy::bits_uniform(charset.alphabet().len(), len)
    }
}

fn classes_count(charset: &Charset, len: usize) -> Option<u128> {
    if charset.require_each() {
        entropy::count_each_class(charset.class_sizes(), len)
    } else {
        entropy::count_uniform(charset.alphabet().len(), len)
    }
}

/// Checked settings: the plan, and the length in characters that was asked for.
struct Resolved {
    plan: Plan,
    requested: Option<usize>,
}

impl TokenSpec {
    /// The settings a preset starts with; count 1, prefix `cdm_`, letters and digits.
    pub fn new(preset: Preset) -> Self {
        let info = preset.info();
        Self {
            preset,
            format: info.format,
            length: Length::Chars(info.length),
            count: 1,
            prefix: api_key::DEFAULT_PREFIX.to_string(),
            charset: CharsetOptions::default(),
            custom_alphabet: String::new(),
            uppercase_hex: false,
        }
    }

    /// Which inputs apply now.
    pub fn fields(&self) -> Fields {
        let info = self.preset.info();
        let token = info.kind == PresetKind::Token;
        Fields {
            format: token,
            length: info.adjustable,
            length_min: info.min_length,
            length_max: info.max_length,
            prefix: info.kind == PresetKind::ApiKey,
            charset: token && self.format == Format::Charset,
            custom_alphabet: token && self.format == Format::CustomAlphabet,
            uppercase_hex: token && self.format == Format::Hex,
        }
    }

    /// `Ok` when Generate can run; otherwise the first problem, as a sentence.
    pub fn validate(&self) -> Result<(), TokenError> {
        self.resolve().map(|_| ())
    }

    /// Entropy, length and verdict for the exact settings.
    pub fn entropy(&self) -> Result<Entropy, TokenError> {
        let Resolved { plan, requested } = self.resolve()?;
        let bits = plan.bits();
        let mut e = Entropy::new(bits, plan.length(), plan.distinct());
        e.requested_length = requested;
        match &plan {
            Plan::Encoded { bytes, .. } => {
                e.random_bytes = Some(*bytes);
                let mut note = format!(
                    "{} encodes whole bytes: {} random bytes make {} characters.",
                    self.format.label(),
                    bytes,
                    e.length
                );
                if let Some(r) = requested.filter(|r| *r != e.length) {
                    note.push_str(&format!(
                        " You asked for {r}; the length is rounded up to fit whole bytes."
                    ));
                }
                e.note = Some(note);
            }
            Plan::Classes { charset, len } if charset.require_each() => {
                let loss = entropy::bits_uniform(charset.alphabet().len(), *len) - bits;
                e.note = Some(format!(
                    "\"At least one of each class\" redraws tokens that miss a class; that costs {} bits.",
                    if loss < 0.01 { "less than 0.01".to_string() } else { crate::core::numfmt::fixed(loss, 2) }
                ));
            }
            Plan::ApiKey { prefix, body_len } => {
                e.note = Some(format!(
                    "{prefix} + {body_len} random base62 characters + a {}-character checksum; only the {body_len} characters are random.",
                    api_key::CHECKSUM_LEN
                ));
            }
            Plan::UuidV4 => {
                e.random_bytes = Some(16);
                e.note = Some(
                    "122 of the 128 bits are random; 6 mark the version and variant.".to_string(),
                );
            }
            Plan::UuidV7 => {
                e.random_bytes = Some(16);
                e.note = Some("74 bits are random; the first 48 bits are the creation time, which anyone can read.".to_string());
            }
            _ => {}
        }
        Ok(e)
    }

    /// `count` distinct tokens. `now_ms` is the Unix time in milliseconds, used
    /// by UUID v7 only. Pass a `BufferedSource` so bytes come in large blocks,
    /// or use `generate_system`.
    pub fn generate(
        &self,
        src: &mut impl ByteSource,
        now_ms: u64,
    ) -> Result<Vec<String>, TokenError> {
        let Resolved { plan, .. } = self.resolve()?;
        batch::distinct(self.count, || plan.one(src, now_ms))
    }

    /// `generate` with the system's secure random source (in the browser,
    /// `crypto.getRandomValues`), read in blocks of up to 64 KiB.
    pub fn generate_system(&self, now_ms: u64) -> Result<Vec<String>, TokenError> {
        let Resolved { plan, .. } = self.resolve()?;
        let block = plan
            .bytes_estimate()
            .saturating_mul(self.count)
            .saturating_add(64)
            .min(MAX_REQUEST);
        let mut src = BufferedSource::new(SystemRandom, block);
        batch::distinct(self.count, || plan.one(&mut src, now_ms))
    }

    fn resolve(&self) -> Result<Resolved, TokenError> {
        let info = self.preset.info();
        let (plan, requested) = match info.kind {
            PresetKind::UuidV4 => (Plan::UuidV4, None),
            PresetKind::UuidV7 => (Plan::UuidV7, None),
            PresetKind::ApiKey => {
                api_key::validate_prefix(&self.prefix)?;
                let (body_len, requested) = self.sampled_length(62, None)?;
                (
                    Plan::ApiKey {
                        prefix: self.prefix.clone(),
                        body_len,
                    },
                    requested,
                )
            }
            PresetKind::Token => match self.format.encoding(self.uppercase_hex) {
                Some(encoding) => {
                    let (bytes, requested) = self.encoded_length(encoding)?;
                    (Plan::Encoded { encoding, bytes }, requested)
                }
                None => {
                    let (alphabet, charset) = match self.format {
                        Format::Base58 => (Alphabet::from_static(BASE58_BITCOIN), None),
                        Format::Base62 => (Alphabet::from_static(BASE62), None),
                        Format::Charset => {
                            let c = Charset::build(&self.charset)?;
                            (c.alphabet().clone(), Some(c))
                        }
                        _ => (Alphabet::parse(&self.custom_alphabet)?, None),
                    };
                    match charset {
                        Some(charset) => {
                            let (len, requested) =
                                self.sampled_length(alphabet.len(), Some(&charset))?;
                            charset.check_length(len)?;
                            (Plan::Classes { charset, len }, requested)
                        }
                        None => {
                            let (len, requested) = self.sampled_length(alphabet.len(), None)?;
                            (Plan::Sampled { alphabet, len }, requested)
                        }
                    }
                }
            },
        };

        if info.adjustable {
            let random_len = match &plan {
                Plan::ApiKey { body_len, .. } => *body_len,
                other => other.length(),
            };
            let checked = requested.unwrap_or(random_len);
            if checked < info.min_length || checked > info.max_length {
                return Err(TokenError::LengthOutsidePreset {
                    preset: info.label,
                    min: info.min_length,
                    max: info.max_length,
                    length: checked,
                });
            }
        }
        if let Some(min_bits) = info.min_bits {
            let bits = plan.bits();
            if bits + EPS < f64::from(min_bits) {
                return Err(TokenError::BelowPresetMinimum {
                    preset: info.label,
                    min_bits,
                    bits: bits.floor() as u32,
                });
            }
        }

        if self.count == 0 {
            return Err(TokenError::CountZero);
        }
        if self.count > MAX_COUNT {
            return Err(TokenError::CountTooMany {
                requested: self.count,
                max: MAX_COUNT,
            });
        }
        if let Some(distinct) = plan.distinct() {
            if self.count as u128 > distinct {
                return Err(TokenError::BatchTooLarge {
                    count: self.count,
                    distinct,
                });
            }
        }
        Ok(Resolved { plan, requested })
    }

    /// Bytes for an encoded format, and the characters asked for (if any).
    fn encoded_length(&self, encoding: Encoding) -> Result<(usize, Option<usize>), TokenError> {
        match self.length {
            Length::Chars(n) => {
                check_chars(n)?;
                Ok((encoding.bytes_for_chars(n), Some(n)))
            }
            Length::Bits(bits) => {
                check_bits(bits)?;
                let bytes = Encoding::bytes_for_bits(bits);
                let chars = encoding.encoded_len(bytes);
                if chars > MAX_LENGTH {
                    return Err(TokenError::BitsNeedTooManyChars {
                        bits,
                        chars,
                        max: MAX_LENGTH,
                    });
                }
                Ok((bytes, None))
            }
        }
    }

    /// Characters for a sampled alphabet of `n` symbols (with the class rule,
    /// if any), and the characters asked for (if any).
    fn sampled_length(
        &self,
        n: usize,
        charset: Option<&Charset>,
    ) -> Result<(usize, Option<usize>), TokenError> {
        match self.length {
            Length::Chars(len) => {
                check_chars(len)?;
                Ok((len, Some(len)))
            }
            Length::Bits(bits) => {
                check_bits(bits)?;
                let per = (n as f64).log2();
                let target = bits as f64 - EPS;
                let mut len = ((target / per).ceil() as usize).max(1);
                if let Some(c) = charset.filter(|c| c.require_each()) {
                    len = len.max(c.class_sizes().len());
                    // The rule costs well under a bit per class, so a few steps at most.
                    for _ in 0..64 {
                        if len > MAX_LENGTH || classes_bits(c, len) >= target {
                            break;
                        }
                        len += 1;
                    }
                }
                if len > MAX_LENGTH {
                    return Err(TokenError::BitsNeedTooManyChars {
                        bits,
                        chars: len,
                        max: MAX_LENGTH,
                    });
                }
                Ok((len, None))
            }
        }
    }
}

fn check_chars(n: usize) -> Result<(), TokenError> {
    if n == 0 {
        return Err(TokenError::LengthZero);
    }
    if n > MAX_LENGTH {
        return Err(TokenError::LengthTooLong {
            requested: n,
            max: MAX_LENGTH,
        });
    }
    Ok(())
}

fn check_bits(bits: usize) -> Result<(), TokenError> {
    if bits == 0 {
        return Err(TokenError::BitsZero);
    }
    if bits > MAX_BITS {
        return Err(TokenError::BitsTooMany {
            requested: bits,
            max: MAX_BITS,
        });
    }
    Ok(())
}

/// Whether `key` (pasted) is a well-formed API key for `prefix`; the message
/// for the page's `key-check-result` either way.
pub fn check_key_message(key: &str, prefix: &str) -> (bool, String) {
    match api_key::check(key, prefix) {
        Ok(k) => (true, k.message()),
        Err(e) => (false, e.to_string()),
    }
}
