//! The one error type of the hashing core. Every message is a sentence a person
//! can act on; positions are 1-based character positions in the text they typed.

use thiserror::Error;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum HashError {
    #[error("Unknown hash algorithm {0:?}. Use one of: sha1, sha224, sha256, sha384, sha512, sha512-256, sha3-256, sha3-512.")]
    UnknownAlgorithm(String),

    #[error("Unknown encoding {0:?}. Output encodings are hex, hex-upper, base64, base64url; input encodings are utf8, hex, base64.")]
    UnknownEncoding(String),

    #[error("Hex input has an odd number of digits ({count}); every byte needs two hex digits, so one is missing or extra.")]
    OddHexDigits { count: usize },

    #[error("Character {ch:?} at position {position} is not a hex digit (0-9, a-f, A-F).")]
    InvalidHexChar { ch: char, position: usize },

    #[error("Character {ch:?} at position {position} is not valid base64 (A-Z, a-z, 0-9, + and /, or - and _ for base64url, with = padding at the end).")]
    InvalidBase64Char { ch: char, position: usize },

    #[error("Character {ch:?} at position {position} is from the {this} base64 alphabet, but {other_ch:?} at position {other_position} is from the {other} one; use one alphabet.", this = alphabet_name(*ch), other = alphabet_name(*other_ch))]
    MixedBase64Alphabets {
        ch: char,
        position: usize,
        other_ch: char,
        other_position: usize,
    },

    #[error("Character {ch:?} at position {position} comes after the '=' padding; padding may only end base64 text.")]
    Base64DataAfterPadding { ch: char, position: usize },

    #[error("Base64 input has {count} characters before padding; no base64 text has that length (4n+1), so a character is missing or extra.")]
    Base64BadLength { count: usize },

    #[error("Base64 padding is wrong: {count} characters plus {padding} '=' do not make a multiple of 4.")]
    Base64BadPadding { count: usize, padding: usize },

    #[error("The last base64 character {ch:?} at position {position} carries leftover bits that are not zero; the text was probably cut short or mistyped.")]
    Base64TrailingBits { ch: char, position: usize },

    #[error("HMAC is offered with SHA-256, SHA-384 and SHA-512, not {0}.")]
    HmacUnsupported(String),

    #[error("The HMAC key could not be used ({0} bytes).")]
    HmacKeyRejected(usize),

    #[error("HMAC key: {0}")]
    HmacKey(Box<HashError>),

    #[error("Paste the expected checksum first.")]
    EmptyChecksum,

    #[error("Expected checksum: {0}")]
    ChecksumDigest(Box<HashError>),

    #[error("The expected checksum has no digest after {0:?}.")]
    ChecksumMissingDigest(String),

    #[error("Could not read a checksum from {0:?}. Paste a hex or base64 digest, optionally with a prefix like sha256:, or a whole sha256sum or BSD-style line.")]
    ChecksumUnrecognized(String),

    #[error("The pasted text has {0} checksum lines; paste only the line for your file, or pick the file so its line can be found.")]
    ChecksumTooManyLines(usize),

    #[error("None of the {lines} pasted checksum lines is for {file:?}.")]
    ChecksumNoLineForFile { file: String, lines: usize },
}

fn alphabet_name(ch: char) -> &'static str {
    match ch {
        '-' | '_' => "URL-safe",
        _ => "standard",
    }
}
