//! Hashing and HMAC (issue 4). Pure Rust, no browser: SHA-1 (legacy), SHA-2,
//! FIPS 202 SHA-3; text and byte input encodings; a streaming multi-algorithm
//! hasher for files; HMAC-SHA2; expected-checksum parsing and comparison.

pub mod algorithm;
pub mod encoding;
pub mod error;
pub mod expected;
pub mod hmac;
pub mod streaming;

pub use algorithm::HashAlgorithm;
pub use encoding::{
    encode, hex_lower, hex_upper, parse_base64, parse_hex, parse_input, InputEncoding,
    OutputEncoding,
};
pub use error::HashError;
pub use expected::{
    check_digest, check_expected, parse_expected, ChecksumShape, ChecksumVerdict, DigestStyle,
    ExpectedDigest,
};
pub use hmac::{hmac, hmac_text, HmacAlgorithm};
pub use streaming::MultiHasher;

/// One-shot digest of `data` with `alg`.
pub fn digest(alg: HashAlgorithm, data: &[u8]) -> Vec<u8> {
    alg.digest(data)
}

/// Hashes the text of an input box: decodes it from `input`, hashes with `alg`,
/// writes the digest in `output`. Errors say what is wrong with the input.
pub fn hash_text(
    text: &str,
    input: InputEncoding,
    alg: HashAlgorithm,
    output: OutputEncoding,
) -> Result<String, HashError> {
    let bytes = input.decode(text)?;
    Ok(output.encode(&alg.digest(&bytes)))
}

/// Lowercase hex SHA-256 of the text's UTF-8 bytes: what a server should store
/// instead of the token itself.
pub fn sha256_hex(text: &str) -> String {
    hex_lower(&HashAlgorithm::Sha256.digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_hex_of_abc() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn hash_text_decodes_then_encodes() {
        let hex = hash_text(
            "61 62 63",
            InputEncoding::Hex,
            HashAlgorithm::Sha256,
            OutputEncoding::HexUpper,
        );
        assert_eq!(
            hex.as_deref(),
            Ok("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")
        );
        let b64 = hash_text(
            "YWJj",
            InputEncoding::Base64,
            HashAlgorithm::Sha256,
            OutputEncoding::Base64,
        );
        assert_eq!(
            b64.as_deref(),
            Ok("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        );
        let url = hash_text(
            "abc",
            InputEncoding::Utf8,
            HashAlgorithm::Sha256,
            OutputEncoding::Base64Url,
        );
        assert_eq!(
            url.as_deref(),
            Ok("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0")
        );
        assert!(hash_text(
            "6g",
            InputEncoding::Hex,
            HashAlgorithm::Sha256,
            OutputEncoding::Hex
        )
        .is_err());
    }
}
