//! Entropy of exact settings against hand-computed and brute-forced numbers.

use clean_dm::core::token::entropy::{
    bits_each_class, count_each_class, time_to_guess, GUESS_RATE_TEXT,
};
use clean_dm::core::token::{CharsetOptions, Format, Length, Preset, TokenSpec, Verdict};

fn spec(format: Format, length: Length) -> TokenSpec {
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = format;
    s.length = length;
    s
}

fn bits(s: &TokenSpec) -> f64 {
    s.entropy().unwrap().bits
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn hand_computed_values() {
    // 32 hex characters = 16 bytes = 128 bits.
    let e = spec(Format::Hex, Length::Chars(32)).entropy().unwrap();
    assert_eq!((e.bits, e.length, e.random_bytes), (128.0, 32, Some(16)));
    assert_eq!(e.verdict, Verdict::Strong);
    assert_eq!(e.bits_text(), "128");
    assert_eq!(e.distinct, None); // 2^128 does not fit in a u128
                                  // 16 hex = 64 bits: acceptable. 14 hex = 56 bits: weak.
    assert_eq!(
        spec(Format::Hex, Length::Chars(16))
            .entropy()
            .unwrap()
            .verdict,
        Verdict::Acceptable
    );
    let weak = spec(Format::Hex, Length::Chars(14)).entropy().unwrap();
    assert_eq!(
        (weak.bits, weak.verdict, weak.distinct),
        (56.0, Verdict::Weak, Some(1 << 56))
    );
    assert!(weak.verdict.is_warning());
    // 43 base64url characters = 32 bytes = 256 bits; padded base64 44 = 33 bytes.
    assert_eq!(bits(&spec(Format::Base64Url, Length::Chars(43))), 256.0);
    assert_eq!(bits(&spec(Format::Base64, Length::Chars(44))), 264.0);
    assert_eq!(bits(&spec(Format::Base32, Length::Chars(32))), 160.0);
    assert_eq!(
        bits(&spec(Format::CrockfordBase32, Length::Chars(26))),
        128.0
    );
    // 22 base62 = 22 * log2(62) = 130.99; 22 base58 = 128.87.
    assert!(close(
        bits(&spec(Format::Base62, Length::Chars(22))),
        22.0 * 62f64.log2()
    ));
    assert!(close(
        bits(&spec(Format::Base58, Length::Chars(22))),
        22.0 * 58f64.log2()
    ));
    // Custom alphabet of 2 symbols: 1 bit each.
    let mut s = spec(Format::CustomAlphabet, Length::Chars(10));
    s.custom_alphabet = "01".into();
    let e = s.entropy().unwrap();
    assert_eq!((e.bits, e.distinct), (10.0, Some(1024)));
    // API key: only the 32-character body counts: 190.53 bits.
    assert!(close(
        bits(&TokenSpec::new(Preset::ApiKey)),
        32.0 * 62f64.log2()
    ));
    assert_eq!(
        TokenSpec::new(Preset::ApiKey)
            .entropy()
            .unwrap()
            .bits_text(),
        "190.5"
    );
}

#[test]
fn each_class_count_matches_brute_force_on_the_real_charset() {
    // Upper + digits without look-alikes: 24 + 8 = 32 symbols, length 3.
    let mut s = spec(Format::Charset, Length::Chars(3));
    s.charset = CharsetOptions {
        upper: true,
        lower: false,
        digits: true,
        symbols: false,
        exclude_lookalikes: true,
        require_each_class: true,
    };
    let upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    let digits = "23456789";
    let all: Vec<char> = upper.chars().chain(digits.chars()).collect();
    let mut brute = 0u128;
    for a in &all {
        for b in &all {
            for c in &all {
                let t = [*a, *b, *c];
                if t.iter().any(|x| upper.contains(*x)) && t.iter().any(|x| digits.contains(*x)) {
                    brute += 1;
                }
            }
        }
    }
    assert_eq!(brute, 32 * 32 * 32 - 24 * 24 * 24 - 8 * 8 * 8); // 18432, by hand
    let e = s.entropy().unwrap();
    assert_eq!(e.distinct, Some(brute));
    assert!(close(e.bits, (brute as f64).log2()));
    assert!(e.note.unwrap().contains("costs"));
}

#[test]
fn each_class_count_matches_brute_force_on_a_tiny_alphabet() {
    // Four classes of 1, 2, 1 and 3 symbols (7 in all), length 5: 7^5 strings.
    let sizes = [1usize, 2, 1, 3];
    let class_of = [0u8, 1, 1, 2, 3, 3, 3];
    for len in 1..=5u32 {
        let mut brute = 0u128;
        for mut x in 0..7u32.pow(len) {
            let mut seen = 0u8;
            for _ in 0..len {
                seen |= 1 << class_of[(x % 7) as usize];
                x /= 7;
            }
            if seen == 0b1111 {
                brute += 1;
            }
        }
        assert_eq!(
            count_each_class(&sizes, len as usize),
            Some(brute),
            "len {len}"
        );
        let expect = if brute == 0 {
            0.0
        } else {
            (brute as f64).log2()
        };
        assert!(
            close(bits_each_class(&sizes, len as usize), expect),
            "len {len}"
        );
    }
}

#[test]
fn long_tokens_do_not_overflow() {
    let mut s = spec(Format::Charset, Length::Chars(1024));
    s.charset = CharsetOptions {
        upper: true,
        lower: true,
        digits: true,
        symbols: true,
        exclude_lookalikes: false,
        require_each_class: true,
    };
    let e = s.entropy().unwrap();
    assert!(e.bits.is_finite() && close(e.bits, 1024.0 * 94f64.log2()));
    assert_eq!(e.distinct, None);
    assert!(e.time_to_guess.contains("× 10^"));
}

#[test]
fn length_from_bits() {
    let cases: [(Format, usize, usize); 7] = [
        (Format::Hex, 128, 32),
        (Format::Base64Url, 256, 43),
        (Format::Base64, 256, 44),
        (Format::Base32, 128, 32),
        (Format::Base62, 128, 22),
        (Format::Base58, 128, 22),
        (Format::Base62, 130, 22),
    ];
    for (format, b, len) in cases {
        let e = spec(format, Length::Bits(b)).entropy().unwrap();
        assert_eq!(e.length, len, "{format:?} {b}");
        assert!(e.bits >= b as f64, "{format:?}");
        assert_eq!(e.requested_length, None);
    }
    // With every class required, the length is the shortest that still reaches the bits.
    let mut s = spec(Format::Charset, Length::Bits(128));
    s.charset = CharsetOptions {
        symbols: true,
        require_each_class: true,
        ..CharsetOptions::default()
    };
    let e = s.entropy().unwrap();
    assert!(e.bits >= 128.0);
    s.length = Length::Chars(e.length - 1);
    assert!(s.entropy().unwrap().bits < 128.0);
}

#[test]
fn time_to_guess_is_stated_at_a_fixed_rate() {
    assert_eq!(GUESS_RATE_TEXT, "10^12 (a trillion) guesses per second");
    assert_eq!(time_to_guess(56.0), "10 hours"); // 2^55 / 10^12 s = 36,029 s
    let e = spec(Format::Hex, Length::Chars(32)).entropy().unwrap();
    assert_eq!(e.time_to_guess, "5.3 × 10^18 years");
    assert!(e.summary().contains("128 bits · Strong"));
}
