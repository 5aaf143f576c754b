//! RFC 4231 test cases 1-7 for HMAC-SHA256, HMAC-SHA384 and HMAC-SHA512.

use clean_dm::core::hash::{
    hex_lower, hmac, hmac_text, parse_hex, HashError, HmacAlgorithm, InputEncoding, OutputEncoding,
};
use HmacAlgorithm::*;

struct Case {
    number: u8,
    key: Vec<u8>,
    data: Vec<u8>,
    /// Only the first this-many bytes of the tag are published (case 5: 128 bits).
    truncate_to: Option<usize>,
    sha256: &'static str,
    sha384: &'static str,
    sha512: &'static str,
}

fn h(s: &str) -> Vec<u8> {
    parse_hex(s).expect("test vector hex")
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            number: 1,
            key: vec![0x0b; 20],
            data: b"Hi There".to_vec(),
            truncate_to: None,
            sha256: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            sha384: "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
            sha512: "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        },
        Case {
            number: 2,
            key: b"Jefe".to_vec(),
            data: b"what do ya want for nothing?".to_vec(),
            truncate_to: None,
            sha256: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            sha384: "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
            sha512: "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        },
        Case {
            number: 3,
            key: vec![0xaa; 20],
            data: vec![0xdd; 50],
            truncate_to: None,
            sha256: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            sha384: "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27",
            sha512: "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
        },
        Case {
            number: 4,
            key: h("0102030405060708090a0b0c0d0e0f10111213141516171819"),
            data: vec![0xcd; 50],
            truncate_to: None,
            sha256: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            sha384: "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb",
            sha512: "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
        },
        Case {
            number: 5,
            key: vec![0x0c; 20],
            data: b"Test With Truncation".to_vec(),
            truncate_to: Some(16),
            sha256: "a3b6167473100ee06e0c796c2955552b",
            sha384: "3abf34c3503b2a23a46efc619baef897",
            sha512: "415fad6271580a531d4179bc891d87a6",
        },
        Case {
            number: 6,
            key: vec![0xaa; 131],
            data: b"Test Using Larger Than Block-Size Key - Hash Key First".to_vec(),
            truncate_to: None,
            sha256: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            sha384: "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
            sha512: "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        },
        Case {
            number: 7,
            key: vec![0xaa; 131],
            data: b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".to_vec(),
            truncate_to: None,
            sha256: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            sha384: "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
            sha512: "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
        },
    ]
}

fn check(alg: HmacAlgorithm, pick: fn(&Case) -> &'static str) {
    let all = cases();
    assert_eq!(all.len(), 7);
    for case in &all {
        let tag = hmac(alg, &case.key, &case.data).expect("HMAC accepts any key");
        assert_eq!(tag.len(), alg.output_len());
        let shown = match case.truncate_to {
            Some(n) => &tag[..n],
            None => &tag[..],
        };
        assert_eq!(
            hex_lower(shown),
            pick(case),
            "{alg}, RFC 4231 case {}",
            case.number
        );
    }
}

#[test]
fn rfc4231_hmac_sha256_cases_1_to_7() {
    check(Sha256, |c| c.sha256);
}

#[test]
fn rfc4231_hmac_sha384_cases_1_to_7() {
    check(Sha384, |c| c.sha384);
}

#[test]
fn rfc4231_hmac_sha512_cases_1_to_7() {
    check(Sha512, |c| c.sha512);
}

/// Case 5's published value is only the first 128 bits; the full tag is longer.
#[test]
fn rfc4231_case_5_is_a_truncation() {
    let tag = hmac(Sha256, &[0x0c; 20], b"Test With Truncation").unwrap();
    assert_eq!(tag.len(), 32);
    assert!(hex_lower(&tag).starts_with("a3b6167473100ee06e0c796c2955552b"));
}

/// The key given as text, hex and base64 gives the same tag (RFC 4231 case 2).
#[test]
fn key_in_every_input_encoding() {
    let want = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    let msg = "what do ya want for nothing?";
    for (key, enc) in [
        ("Jefe", InputEncoding::Utf8),
        ("4a656665", InputEncoding::Hex),
        ("0x4A 0x65 0x66 0x65", InputEncoding::Hex),
        ("SmVmZQ==", InputEncoding::Base64),
        ("SmVmZQ", InputEncoding::Base64),
    ] {
        let tag = hmac_text(
            Sha256,
            key,
            enc,
            msg,
            InputEncoding::Utf8,
            OutputEncoding::Hex,
        );
        assert_eq!(tag.as_deref(), Ok(want), "{key:?} as {enc:?}");
    }
    // RFC 4231 case 1, key as hex and message as hex
    let tag = hmac_text(
        Sha512,
        &"0b".repeat(20),
        InputEncoding::Hex,
        "4869205468657265",
        InputEncoding::Hex,
        OutputEncoding::Hex,
    );
    assert_eq!(
        tag.as_deref(),
        Ok("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854")
    );
}

#[test]
fn bad_key_says_it_is_the_key() {
    let err = hmac_text(
        Sha384,
        "SmVmZQ=x",
        InputEncoding::Base64,
        "m",
        InputEncoding::Utf8,
        OutputEncoding::Hex,
    )
    .unwrap_err();
    assert!(
        matches!(&err, HashError::HmacKey(inner) if matches!(**inner, HashError::Base64DataAfterPadding { ch: 'x', position: 8 }))
    );
    assert!(
        err.to_string()
            .starts_with("HMAC key: Character 'x' at position 8"),
        "{err}"
    );
    // A bad message is not blamed on the key.
    let err = hmac_text(
        Sha384,
        "k",
        InputEncoding::Utf8,
        "zz",
        InputEncoding::Hex,
        OutputEncoding::Hex,
    )
    .unwrap_err();
    assert_eq!(
        err,
        HashError::InvalidHexChar {
            ch: 'z',
            position: 1
        }
    );
}

#[test]
fn empty_key_and_message_are_allowed() {
    // HMAC-SHA256 with empty key and empty message (well-known value).
    let tag = hmac(Sha256, b"", b"").unwrap();
    assert_eq!(
        hex_lower(&tag),
        "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
    );
    assert!(Sha256.key_warning(0).is_some());
}
