//! Expected-checksum parsing (every accepted shape) and comparison outcomes.

use clean_dm::core::hash::{
    check_digest, check_expected, parse_expected, ChecksumShape, ChecksumVerdict, DigestStyle,
    ExpectedDigest, HashAlgorithm, HashError,
};
use HashAlgorithm::*;

const ABC_256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const ABC_256_B64: &str = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
const ABC_256_B64URL: &str = "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0";
const ABC_1: &str = "a9993e364706816aba3e25717850c26c9cd0d89d";
const ABC_3_256: &str = "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532";
const ABC_512_256: &str = "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23";

fn abc(alg: HashAlgorithm) -> Vec<u8> {
    alg.digest(b"abc")
}

fn assert_match(text: &str, alg: HashAlgorithm) {
    let v = check_digest(text, alg, &abc(alg));
    assert!(v.is_match(), "{text:?} with {alg}: {v:?} / {}", v.message());
    assert_eq!(v.state_id(), "match");
}

#[test]
fn bare_hex_any_case_and_whitespace() {
    assert_match(ABC_256, Sha256);
    assert_match(&ABC_256.to_uppercase(), Sha256);
    assert_match(&format!("  \n\t{ABC_256}  \n"), Sha256);
    assert_match(&format!("0x{ABC_256}"), Sha256);
    let d = ExpectedDigest::parse(&ABC_256.to_uppercase()).unwrap();
    assert_eq!(d.style, DigestStyle::HexUpper);
    assert_eq!(d.shape, ChecksumShape::Bare);
    assert_eq!(d.algorithm_name, None);
    // The match is shown in the pasted style.
    let v = check_digest(&ABC_256.to_uppercase(), Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Match {
            algorithm: Sha256,
            digest: ABC_256.to_uppercase()
        }
    );
}

#[test]
fn grouped_and_wrapped_hex() {
    let grouped: Vec<&str> = (0..8).map(|i| &ABC_256[i * 8..i * 8 + 8]).collect();
    assert_match(&grouped.join(" "), Sha256);
    assert_match(&format!("{}\n{}", &ABC_256[..40], &ABC_256[40..]), Sha256);
}

#[test]
fn base64_digests() {
    assert_match(ABC_256_B64, Sha256);
    assert_match(ABC_256_B64.trim_end_matches('='), Sha256);
    assert_match(ABC_256_B64URL, Sha256);
    let d = ExpectedDigest::parse(ABC_256_B64URL).unwrap();
    assert_eq!(
        d.style,
        DigestStyle::Base64 {
            url_safe: true,
            padded: false
        }
    );
    assert_eq!(d.bytes, abc(Sha256));
}

#[test]
fn prefixed_digests() {
    for text in [
        format!("sha256:{ABC_256}"),
        format!("SHA256:{ABC_256}"),
        format!("sha-256: {ABC_256}"),
        format!("SHA-256={ABC_256}"),
        format!("SHA2-256 = {ABC_256}"),
        format!("sha256={ABC_256_B64}"),
        format!("sha256:{ABC_256_B64URL}"),
        format!("SHA256 {ABC_256}"),
    ] {
        assert_match(&text, Sha256);
        let d = ExpectedDigest::parse(&text).unwrap();
        assert_eq!(d.shape, ChecksumShape::Prefixed, "{text}");
        assert_eq!(d.algorithm, Some(Sha256), "{text}");
    }
    assert_match(&format!("sha3-256:{ABC_3_256}"), Sha3_256);
    assert_match(&format!("SHA3_256={ABC_3_256}"), Sha3_256);
    assert_match(&format!("sha512/256:{ABC_512_256}"), Sha512_256);
    assert_match(&format!("SHA-512/256={ABC_512_256}"), Sha512_256);
    assert_match(&format!("sha1:{ABC_1}"), Sha1);
}

#[test]
fn sri_values() {
    assert_match(&format!("sha256-{ABC_256_B64}"), Sha256);
    let sha384 =
        clean_dm::core::hash::encode(&abc(Sha384), clean_dm::core::hash::OutputEncoding::Base64);
    assert_match(&format!("sha384-{sha384}"), Sha384);
    let d = ExpectedDigest::parse(&format!("sha384-{sha384}")).unwrap();
    assert_eq!(d.shape, ChecksumShape::Sri);
    assert_eq!(d.algorithm, Some(Sha384));
    // and an SRI value for the wrong algorithm is caught
    let v = check_digest(&format!("sha384-{sha384}"), Sha256, &abc(Sha256));
    assert_eq!(v.state_id(), "algorithm-mismatch");
}

#[test]
fn sha256sum_lines() {
    for (text, file) in [
        (format!("{ABC_256}  abc.txt"), "abc.txt"),
        (format!("{ABC_256} *abc.txt"), "abc.txt"),
        (format!("{ABC_256}  my file (1).txt"), "my file (1).txt"),
        (format!("{ABC_256}  C:\\dl\\a=b.txt"), "C:\\dl\\a=b.txt"),
        (format!("\\{ABC_256}  new\\nline"), "new\nline"),
        (format!("{}  abc.txt\n", ABC_256.to_uppercase()), "abc.txt"),
    ] {
        assert_match(&text, Sha256);
        let d = ExpectedDigest::parse(&text).unwrap();
        assert_eq!(d.shape, ChecksumShape::SumLine, "{text}");
        assert_eq!(d.file_name.as_deref(), Some(file), "{text}");
        assert_eq!(d.algorithm_name, None);
    }
}

#[test]
fn bsd_and_openssl_lines() {
    for text in [
        format!("SHA256 (abc.txt) = {ABC_256}"),
        format!("SHA2-256(abc.txt)= {ABC_256}"),
        format!("SHA256(abc.txt)={ABC_256}"),
        format!("  SHA256 (abc.txt) = {ABC_256}  "),
    ] {
        assert_match(&text, Sha256);
        let d = ExpectedDigest::parse(&text).unwrap();
        assert_eq!(d.shape, ChecksumShape::Tagged, "{text}");
        assert_eq!(d.file_name.as_deref(), Some("abc.txt"));
        assert_eq!(d.algorithm, Some(Sha256));
    }
    assert_match(
        &format!("SHA512/256 (x (2).bin) = {ABC_512_256}"),
        Sha512_256,
    );
    assert_match(&format!("SHA3-256(abc.txt)= {ABC_3_256}"), Sha3_256);
    assert_match(&format!("SHA1 (abc) = {ABC_1}"), Sha1);
}

#[test]
fn mismatch_shows_both() {
    let mut wrong = ABC_256.to_string();
    wrong.replace_range(0..1, "c");
    let v = check_digest(&format!("sha256:{wrong}"), Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Mismatch {
            algorithm: Sha256,
            expected: wrong.clone(),
            actual: ABC_256.to_string(),
            also_checked: vec![],
        }
    );
    assert_eq!(v.state_id(), "mismatch");
    let msg = v.message();
    assert!(
        msg.contains(&wrong) && msg.contains(ABC_256) && msg.contains("NOT match"),
        "{msg}"
    );

    // Base64 expected: both shown in base64.
    let v = check_digest(ABC_256_B64, Sha256, &HashAlgorithm::Sha256.digest(b"abd"));
    match v {
        ChecksumVerdict::Mismatch {
            expected, actual, ..
        } => {
            assert_eq!(expected, ABC_256_B64);
            assert!(actual.ends_with('=') && actual.len() == 44, "{actual}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn wrong_length_names_the_fitting_algorithm() {
    let v = check_digest(ABC_1, Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::WrongLength {
            expected_len: 20,
            checked: vec![Sha256],
            same_length: vec![Sha1]
        }
    );
    assert_eq!(v.state_id(), "wrong-length");
    let msg = v.message();
    assert!(
        msg.contains("20 bytes (40 hex digits)")
            && msg.contains("SHA-256 digests are 32 bytes")
            && msg.contains("fits SHA-1"),
        "{msg}"
    );

    // 64 bytes fits two algorithms
    let v = check_digest(&"ab".repeat(64), Sha256, &abc(Sha256));
    assert!(
        v.message().contains("SHA-512 or SHA3-512"),
        "{}",
        v.message()
    );

    // a length nothing has
    let v = check_digest(&"ab".repeat(17), Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::WrongLength {
            expected_len: 17,
            checked: vec![Sha256],
            same_length: vec![]
        }
    );
    assert!(
        v.message().contains("whole checksum was copied"),
        "{}",
        v.message()
    );

    // right name, wrong length (truncated paste)
    let v = check_digest(&format!("sha256:{}", &ABC_256[..62]), Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::WrongLength {
            expected_len: 31,
            checked: vec![Sha256],
            same_length: vec![]
        }
    );
}

#[test]
fn prefix_naming_another_algorithm() {
    let v = check_digest(&format!("sha3-256:{ABC_3_256}"), Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::AlgorithmMismatch {
            named: "sha3-256".into(),
            named_algorithm: Some(Sha3_256),
            checked: vec![Sha256],
        }
    );
    assert_eq!(
        v.message(),
        "The checksum is labelled SHA3-256, but SHA-256 was selected; select SHA3-256 to check it."
    );
    // Same length as SHA-256 and even equal bytes would not rescue a wrong label.
    let v = check_digest(&format!("sha512-256:{ABC_256}"), Sha256, &abc(Sha256));
    assert_eq!(v.state_id(), "algorithm-mismatch");

    let v = check_digest(
        "MD5 (abc) = 900150983cd24fb0d6963f7d28e17f72",
        Sha256,
        &abc(Sha256),
    );
    assert_eq!(
        v,
        ChecksumVerdict::AlgorithmMismatch {
            named: "MD5".into(),
            named_algorithm: None,
            checked: vec![Sha256]
        }
    );
    assert!(
        v.message()
            .contains("\"MD5\", which this page does not compute"),
        "{}",
        v.message()
    );
}

#[test]
fn unparseable_says_why() {
    let v = check_digest("   \n ", Sha256, &abc(Sha256));
    assert_eq!(v, ChecksumVerdict::Unparseable(HashError::EmptyChecksum));
    assert_eq!(v.state_id(), "unparseable");

    let v = check_digest("sha256:", Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumMissingDigest("sha256".into()))
    );

    // A hex typo is reported as one, at its position in the pasted text.
    let typo = format!("sha256:{}g", &ABC_256[..63]);
    let v = check_digest(&typo, Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumDigest(Box::new(
            HashError::InvalidHexChar {
                ch: 'g',
                position: 71
            }
        )))
    );
    assert_eq!(
        v.message(),
        "Expected checksum: Character 'g' at position 71 is not a hex digit (0-9, a-f, A-F)."
    );

    let v = check_digest(&ABC_256[..63], Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumDigest(Box::new(
            HashError::OddHexDigits { count: 63 }
        )))
    );

    // Text that is no checksum at all is quoted, not picked apart.
    let v = check_digest("not a checksum!", Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumUnrecognized("not a checksum!".into()))
    );
    assert!(
        v.message()
            .starts_with("Could not read a checksum from \"not a checksum!\"."),
        "{}",
        v.message()
    );

    // A long base64 digest with a stray character points at it.
    let bad = ABC_256_B64.replace('W', ".");
    let v = check_digest(&bad, Sha256, &abc(Sha256));
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumDigest(Box::new(
            HashError::InvalidBase64Char {
                ch: '.',
                position: 4
            }
        )))
    );
}

#[test]
fn several_lines_need_the_file_name() {
    let sums = format!(
        "# release checksums\n{ABC_1}0000000000000000000000  other.bin\n{ABC_256}  dist/abc.txt\n\n"
    );
    assert_eq!(
        parse_expected(&sums, None),
        Err(HashError::ChecksumTooManyLines(2))
    );
    let v = check_expected(&sums, Some("abc.txt"), &[(Sha256, abc(Sha256))]);
    assert!(v.is_match(), "{v:?}");
    let v = check_expected(&sums, Some("missing.txt"), &[(Sha256, abc(Sha256))]);
    assert_eq!(
        v,
        ChecksumVerdict::Unparseable(HashError::ChecksumNoLineForFile {
            file: "missing.txt".into(),
            lines: 2
        })
    );
    // BSD file with two algorithms for the same file: the computed one is used.
    let tagged = format!(
        "SHA1 (abc.txt) = {ABC_1}\nSHA256 (abc.txt) = {}\n",
        "00".repeat(32)
    );
    let v = check_expected(&tagged, Some("abc.txt"), &[(Sha1, abc(Sha1))]);
    assert!(v.is_match(), "{v:?}");
    // Two whole digests on two lines are two checksums, not one wrapped digest.
    assert_eq!(
        parse_expected(&format!("{ABC_256}\n{ABC_3_256}"), None),
        Err(HashError::ChecksumTooManyLines(2))
    );
}

#[test]
fn several_computed_algorithms() {
    let results = vec![
        (Sha256, abc(Sha256)),
        (Sha3_256, abc(Sha3_256)),
        (Sha512, abc(Sha512)),
    ];
    // unnamed, same length as two results: the right one is found
    let v = check_expected(ABC_3_256, None, &results);
    assert_eq!(
        v,
        ChecksumVerdict::Match {
            algorithm: Sha3_256,
            digest: ABC_3_256.into()
        }
    );
    // unnamed, matches neither of the 32-byte digests
    let v = check_expected(&"00".repeat(32), None, &results);
    match &v {
        ChecksumVerdict::Mismatch {
            algorithm,
            also_checked,
            ..
        } => {
            assert_eq!(*algorithm, Sha256);
            assert_eq!(also_checked, &vec![Sha3_256]);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        v.message().contains("SHA3-256 digest either"),
        "{}",
        v.message()
    );
    // named, but that algorithm was not computed
    let v = check_expected(&format!("sha1:{ABC_1}"), None, &results);
    assert_eq!(v.state_id(), "algorithm-mismatch");
    assert!(
        v.message()
            .contains("only SHA-256, SHA3-256 and SHA-512 were computed"),
        "{}",
        v.message()
    );
    // length fits none of them
    let v = check_expected(ABC_1, None, &results);
    assert!(
        v.message()
            .contains("SHA-256 (32 bytes), SHA3-256 (32 bytes) and SHA-512 (64 bytes)"),
        "{}",
        v.message()
    );
}

/// Nothing pasted into the box makes the checker panic.
#[test]
fn no_panics_on_odd_input() {
    let digest = abc(Sha256);
    let nasty = [
        "",
        "=",
        ":",
        "()",
        ")(=",
        "sha256",
        "sha256-",
        "sha256=",
        "SHA256 () =",
        "\\",
        "\\ ",
        "*",
        "0x",
        "💥:💥",
        "a(b)=c",
        "sha256:::",
        "é é é",
        "\u{0}",
        "SHA256 (é) = é",
        "== ==",
        "sha512-256",
    ];
    for text in nasty {
        let v = check_digest(text, Sha256, &digest);
        let _ = v.message();
        let v = check_expected(text, Some("f"), &[(Sha1, abc(Sha1))]);
        let _ = v.message();
        let _ = check_expected::<Vec<u8>>(text, None, &[]).message();
    }
}
