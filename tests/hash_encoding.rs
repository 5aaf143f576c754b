//! Input encodings (UTF-8 text, hex, base64) and output encodings.

use clean_dm::core::hash::{
    encode, hash_text, parse_base64, parse_hex, parse_input, HashAlgorithm, HashError,
    InputEncoding, OutputEncoding,
};

#[test]
fn output_encodings_of_sha256_abc() {
    let d = HashAlgorithm::Sha256.digest(b"abc");
    assert_eq!(
        encode(&d, OutputEncoding::Hex),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        encode(&d, OutputEncoding::HexUpper),
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"
    );
    assert_eq!(
        encode(&d, OutputEncoding::Base64),
        "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
    );
    assert_eq!(
        encode(&d, OutputEncoding::Base64Url),
        "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
    );
}

#[test]
fn stable_ids() {
    let out: Vec<_> = OutputEncoding::all().iter().map(|e| e.id()).collect();
    assert_eq!(out, ["hex", "hex-upper", "base64", "base64url"]);
    let inp: Vec<_> = InputEncoding::all().iter().map(|e| e.id()).collect();
    assert_eq!(inp, ["utf8", "hex", "base64"]);
    let algs: Vec<_> = HashAlgorithm::all().iter().map(|a| a.id()).collect();
    assert_eq!(
        algs,
        [
            "sha1",
            "sha224",
            "sha256",
            "sha384",
            "sha512",
            "sha512-256",
            "sha3-256",
            "sha3-512"
        ]
    );
    assert!(matches!(
        "base32".parse::<OutputEncoding>(),
        Err(HashError::UnknownEncoding(_))
    ));
}

#[test]
fn utf8_text_is_hashed_as_typed() {
    assert_eq!(
        parse_input("héllo\n", InputEncoding::Utf8).unwrap(),
        "héllo\n".as_bytes()
    );
    // No trimming, no normalisation: a trailing space changes the digest.
    assert_ne!(
        hash_text(
            "abc ",
            InputEncoding::Utf8,
            HashAlgorithm::Sha256,
            OutputEncoding::Hex
        ),
        hash_text(
            "abc",
            InputEncoding::Utf8,
            HashAlgorithm::Sha256,
            OutputEncoding::Hex
        )
    );
}

#[test]
fn hex_accepted_forms() {
    let want = vec![0xde, 0xad, 0xbe, 0xef];
    for text in [
        "deadbeef",
        "DEADBEEF",
        "DeAdBeEf",
        "0xdeadbeef",
        "0XDEADBEEF",
        "de ad be ef",
        "  dead\n beef\t",
        "0xde 0xad 0xbe 0xef",
        "dea dbe ef",
    ] {
        assert_eq!(parse_hex(text), Ok(want.clone()), "{text:?}");
    }
    assert_eq!(parse_hex(""), Ok(vec![]));
    assert_eq!(parse_hex("   "), Ok(vec![]));
    assert_eq!(parse_hex("00"), Ok(vec![0]));
}

#[test]
fn hex_errors_say_what_and_where() {
    let err = parse_hex("abcg12").unwrap_err();
    assert_eq!(
        err,
        HashError::InvalidHexChar {
            ch: 'g',
            position: 4
        }
    );
    assert_eq!(
        err.to_string(),
        "Character 'g' at position 4 is not a hex digit (0-9, a-f, A-F)."
    );

    let err = parse_hex(&"a".repeat(15)).unwrap_err();
    assert_eq!(err, HashError::OddHexDigits { count: 15 });
    assert!(
        err.to_string()
            .starts_with("Hex input has an odd number of digits (15)"),
        "{err}"
    );

    // Positions count characters (not bytes) and include whitespace.
    assert_eq!(
        parse_hex("é"),
        Err(HashError::InvalidHexChar {
            ch: 'é',
            position: 1
        })
    );
    assert_eq!(
        parse_hex("ab cd:ef"),
        Err(HashError::InvalidHexChar {
            ch: ':',
            position: 6
        })
    );
    // 0x only at the start of a group
    assert_eq!(
        parse_hex("ab0xcd"),
        Err(HashError::InvalidHexChar {
            ch: 'x',
            position: 4
        })
    );
    assert_eq!(
        parse_hex("00x1"),
        Err(HashError::InvalidHexChar {
            ch: 'x',
            position: 3
        })
    );
    // odd after stripping 0x
    assert_eq!(
        parse_hex("0xabc"),
        Err(HashError::OddHexDigits { count: 3 })
    );
}

#[test]
fn base64_accepted_forms() {
    let want = b"any carnal pleas".to_vec();
    for text in [
        "YW55IGNhcm5hbCBwbGVhcw==",
        "YW55IGNhcm5hbCBwbGVhcw",
        "YW55IGNh\ncm5hbCBw\nbGVhcw==",
    ] {
        assert_eq!(parse_base64(text), Ok(want.clone()), "{text:?}");
    }
    // standard and URL-safe alphabets
    assert_eq!(parse_base64("+/+/"), Ok(vec![0xfb, 0xff, 0xbf]));
    assert_eq!(parse_base64("-_-_"), Ok(vec![0xfb, 0xff, 0xbf]));
    assert_eq!(parse_base64("YQ"), Ok(b"a".to_vec()));
    assert_eq!(parse_base64("YQ=="), Ok(b"a".to_vec()));
    assert_eq!(parse_base64("YWI="), Ok(b"ab".to_vec()));
    assert_eq!(parse_base64(""), Ok(vec![]));
    assert_eq!(
        parse_input("YWJj", InputEncoding::Base64),
        Ok(b"abc".to_vec())
    );
}

#[test]
fn base64_errors_say_what_and_where() {
    let err = parse_base64("YW55*GNh").unwrap_err();
    assert_eq!(
        err,
        HashError::InvalidBase64Char {
            ch: '*',
            position: 5
        }
    );
    assert!(
        err.to_string()
            .starts_with("Character '*' at position 5 is not valid base64"),
        "{err}"
    );

    let err = parse_base64("ab+c-d").unwrap_err();
    assert_eq!(
        err,
        HashError::MixedBase64Alphabets {
            ch: '-',
            position: 5,
            other_ch: '+',
            other_position: 3
        }
    );
    assert_eq!(
        err.to_string(),
        "Character '-' at position 5 is from the URL-safe base64 alphabet, but '+' at position 3 is from the standard one; use one alphabet."
    );

    let err = parse_base64("YQ==YQ").unwrap_err();
    assert_eq!(
        err,
        HashError::Base64DataAfterPadding {
            ch: 'Y',
            position: 5
        }
    );

    let err = parse_base64("YWJjZ").unwrap_err();
    assert_eq!(err, HashError::Base64BadLength { count: 5 });
    assert!(err.to_string().contains("5 characters"), "{err}");

    assert_eq!(
        parse_base64("YQ="),
        Err(HashError::Base64BadPadding {
            count: 2,
            padding: 1
        })
    );
    assert_eq!(
        parse_base64("YWJj="),
        Err(HashError::Base64BadPadding {
            count: 4,
            padding: 1
        })
    );
    assert_eq!(
        parse_base64("Y==="),
        Err(HashError::Base64BadLength { count: 1 })
    );

    // "YR" has non-zero leftover bits: not canonical, probably mistyped.
    let err = parse_base64(" YR").unwrap_err();
    assert_eq!(
        err,
        HashError::Base64TrailingBits {
            ch: 'R',
            position: 3
        }
    );
    assert!(err.to_string().contains("leftover bits"), "{err}");
}

#[test]
fn hash_text_reports_input_errors() {
    let err = hash_text(
        "abc",
        InputEncoding::Hex,
        HashAlgorithm::Sha1,
        OutputEncoding::Hex,
    )
    .unwrap_err();
    assert_eq!(err, HashError::OddHexDigits { count: 3 });
    let ok = hash_text(
        "",
        InputEncoding::Base64,
        HashAlgorithm::Sha1,
        OutputEncoding::Hex,
    );
    assert_eq!(
        ok.as_deref(),
        Ok("da39a3ee5e6b4b0d3255bfef95601890afd80709")
    );
}

/// Garbage of every kind never panics.
#[test]
fn no_panics_on_odd_input() {
    let nasty = [
        "",
        "=",
        "==",
        "====",
        "0x",
        "0",
        "x",
        "\u{0}",
        "é=é",
        "+-",
        "💥",
        "a\u{200b}b",
        "YQ==\n\n==",
        "0x0x",
    ];
    for text in nasty {
        for &enc in InputEncoding::all() {
            let _ = parse_input(text, enc);
        }
    }
}
