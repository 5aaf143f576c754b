//! Exact output of every format from fixed bytes, through the page's entry point.

use clean_dm::core::random::FixedBytes;
use clean_dm::core::token::{CharsetOptions, Format, Length, Preset, TokenSpec};

fn spec(format: Format, length: Length) -> TokenSpec {
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = format;
    s.length = length;
    s
}

/// One token from `bytes`; also returns how many bytes were used.
fn one(s: &TokenSpec, bytes: &[u8]) -> (String, usize) {
    let mut src = FixedBytes::new(bytes.to_vec());
    let mut v = s.generate(&mut src, 0).unwrap();
    assert_eq!(v.len(), 1);
    (v.remove(0), src.consumed())
}

#[test]
fn hex_lower_and_upper() {
    let mut s = spec(Format::Hex, Length::Chars(8));
    assert_eq!(one(&s, &[0xDE, 0xAD, 0xBE, 0xEF]), ("deadbeef".into(), 4));
    s.uppercase_hex = true;
    assert_eq!(one(&s, &[0xDE, 0xAD, 0xBE, 0xEF]), ("DEADBEEF".into(), 4));
    // 7 characters asked for: whole bytes, so 4 bytes and 8 characters.
    s.length = Length::Chars(7);
    assert_eq!(one(&s, &[0xDE, 0xAD, 0xBE, 0xEF]), ("DEADBEEF".into(), 4));
    let e = s.entropy().unwrap();
    assert_eq!(
        (e.length, e.requested_length, e.random_bytes),
        (8, Some(7), Some(4))
    );
    assert!(e.note.unwrap().contains("rounded up"));
}

#[test]
fn base64_padded() {
    // Characters: 8 characters hold 6 whole bytes.
    assert_eq!(
        one(&spec(Format::Base64, Length::Chars(8)), b"foobar"),
        ("Zm9vYmFy".into(), 6)
    );
    assert_eq!(
        one(&spec(Format::Base64, Length::Chars(6)), b"foobar"),
        ("Zm9vYmFy".into(), 6)
    );
    // Bits: exactly ceil(bits / 8) bytes, padded as RFC 4648 says.
    assert_eq!(
        one(&spec(Format::Base64, Length::Bits(32)), b"foob"),
        ("Zm9vYg==".into(), 4)
    );
    assert_eq!(
        one(&spec(Format::Base64, Length::Bits(12)), &[0xFB, 0xFF]),
        ("+/8=".into(), 2)
    );
}

#[test]
fn base64url_unpadded() {
    let bytes: Vec<u8> = (0..32).collect();
    assert_eq!(
        one(&spec(Format::Base64Url, Length::Chars(43)), &bytes),
        ("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8".into(), 32)
    );
    assert_eq!(
        one(&spec(Format::Base64Url, Length::Bits(16)), &[0xFB, 0xFF]),
        ("-_8".into(), 2)
    );
}

#[test]
fn base32_rfc4648_padded() {
    assert_eq!(
        one(&spec(Format::Base32, Length::Chars(8)), b"fooba"),
        ("MZXW6YTB".into(), 5)
    );
    assert_eq!(
        one(&spec(Format::Base32, Length::Bits(48)), b"foobar"),
        ("MZXW6YTBOI======".into(), 6)
    );
}

#[test]
fn crockford_base32() {
    assert_eq!(
        one(&spec(Format::CrockfordBase32, Length::Chars(10)), b"foobar"),
        ("CSQPYRK1E8".into(), 6)
    );
    assert_eq!(
        one(&spec(Format::CrockfordBase32, Length::Bits(8)), &[0xFF]),
        ("ZW".into(), 1)
    );
}

#[test]
fn base58_skips_rejected_bytes() {
    // Mask 63. Round 1 (5 bytes): 0 -> '1', 57 -> 'z', 58 and 63 rejected, 73 -> 9 -> 'A'.
    // Round 2 (2 bytes): 200 -> 8 -> '9', 255 rejected. Round 3 (1 byte): 32 -> 'Z'.
    let s = spec(Format::Base58, Length::Chars(5));
    assert_eq!(
        one(&s, &[0, 57, 58, 63, 73, 200, 255, 32, 0]),
        ("1zA9Z".into(), 8)
    );
}

#[test]
fn base62_skips_rejected_bytes() {
    let s = spec(Format::Base62, Length::Chars(5));
    assert_eq!(one(&s, &[0, 10, 36, 61, 62, 63, 125]), ("0Aazz".into(), 7));
}

#[test]
fn charset_classes_and_lookalikes() {
    let mut s = spec(Format::Charset, Length::Chars(3));
    s.charset = CharsetOptions {
        upper: true,
        lower: false,
        digits: false,
        symbols: false,
        exclude_lookalikes: true,
        require_each_class: false,
    };
    // "ABCDEFGHJKLMNPQRSTUVWXYZ" (no I, O), mask 31: 8 -> 'J', 24 and 31 rejected.
    assert_eq!(one(&s, &[0, 8, 24, 31, 23]), ("AJZ".into(), 5));

    // Upper + digits, at least one of each: "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".
    // "ABCD" has no digit, so the whole token is drawn again: "2AAA".
    s.charset.digits = true;
    s.charset.require_each_class = true;
    s.length = Length::Chars(4);
    assert_eq!(one(&s, &[0, 1, 2, 3, 24, 0, 0, 0]), ("2AAA".into(), 8));
}

#[test]
fn charset_with_every_class() {
    let mut s = spec(Format::Charset, Length::Chars(4));
    s.charset = CharsetOptions {
        upper: true,
        lower: true,
        digits: true,
        symbols: true,
        exclude_lookalikes: false,
        require_each_class: false,
    };
    // 94 symbols, mask 127: 0 'A', 26 'a', 52 '0', 93 '~'.
    assert_eq!(one(&s, &[0, 26, 52, 93]), ("Aa0~".into(), 4));
}

#[test]
fn custom_alphabet_any_script() {
    let mut s = spec(Format::CustomAlphabet, Length::Chars(4));
    s.custom_alphabet = "αβγ".into();
    // Mask 3: 3 rejected twice (3 and 7), 4 -> 0.
    assert_eq!(one(&s, &[0, 3, 1, 2, 7, 4]), ("αβγα".into(), 6));
}

#[test]
fn api_key_layout() {
    let mut s = TokenSpec::new(Preset::ApiKey);
    let bytes: Vec<u8> = (0..32).collect();
    // Body "0123456789ABCDEFGHIJKLMNOPQRSTUV", CRC-32 0x5C339A43 = base62 "1ggZdL".
    assert_eq!(
        one(&s, &bytes),
        ("cdm_0123456789ABCDEFGHIJKLMNOPQRSTUV1ggZdL".into(), 32)
    );
    s.prefix = "acme_live_".into();
    assert_eq!(
        one(&s, &bytes).0,
        "acme_live_0123456789ABCDEFGHIJKLMNOPQRSTUV1ggZdL"
    );
    assert_eq!(s.entropy().unwrap().length, 10 + 32 + 6);
}

#[test]
fn uuids() {
    let bytes: Vec<u8> = (0..16).collect();
    let s = TokenSpec::new(Preset::UuidV4);
    assert_eq!(
        one(&s, &bytes),
        ("00010203-0405-4607-8809-0a0b0c0d0e0f".into(), 16)
    );
    let s = TokenSpec::new(Preset::UuidV7);
    let mut src = FixedBytes::new(vec![0u8; 10]);
    let got = s.generate(&mut src, 1_700_000_000_000).unwrap();
    // 1_700_000_000_000 = 0x018BCFE56800.
    assert_eq!(got, ["018bcfe5-6800-7000-8000-000000000000"]);
}

#[test]
fn presets_make_tokens_of_their_form() {
    use clean_dm::core::random::SystemRandom;
    for p in Preset::ALL {
        let s = TokenSpec::new(p);
        let e = s.entropy().unwrap();
        let tokens = s.generate_system(1_700_000_000_000).unwrap();
        assert_eq!(tokens.len(), 1);
        assert_eq!(tokens[0].chars().count(), e.length, "{p:?}");
        let mut src = SystemRandom;
        assert_eq!(
            s.generate(&mut src, 1).unwrap()[0].chars().count(),
            e.length
        );
    }
}
