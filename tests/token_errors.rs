//! Every bad input gives its own error, as a sentence; nothing panics.

use clean_dm::core::random::{BufferedSource, FixedBytes, SystemRandom};
use clean_dm::core::token::{
    parse_count, parse_length, CharsetOptions, Format, Length, Preset, TokenError, TokenSpec,
};

fn custom(format: Format, length: Length) -> TokenSpec {
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = format;
    s.length = length;
    s
}

fn alphabet(text: &str) -> TokenSpec {
    let mut s = custom(Format::CustomAlphabet, Length::Chars(16));
    s.custom_alphabet = text.into();
    s
}

fn charset(opts: CharsetOptions, len: usize) -> TokenSpec {
    let mut s = custom(Format::Charset, Length::Chars(len));
    s.charset = opts;
    s
}

fn err(s: &TokenSpec) -> TokenError {
    let e = s.validate().unwrap_err();
    // validate, entropy and generate agree, and generate uses no randomness.
    assert_eq!(s.entropy().unwrap_err(), e);
    let mut src = FixedBytes::new(Vec::new());
    assert_eq!(s.generate(&mut src, 0).unwrap_err(), e);
    e
}

#[test]
fn length_errors() {
    assert_eq!(
        err(&custom(Format::Hex, Length::Chars(0))),
        TokenError::LengthZero
    );
    assert_eq!(
        err(&custom(Format::Base62, Length::Chars(1025))),
        TokenError::LengthTooLong {
            requested: 1025,
            max: 1024
        }
    );
    assert!(custom(Format::Base62, Length::Chars(1024))
        .validate()
        .is_ok());
    assert_eq!(
        err(&custom(Format::Base64, Length::Chars(usize::MAX))),
        TokenError::LengthTooLong {
            requested: usize::MAX,
            max: 1024
        }
    );
    assert_eq!(
        err(&custom(Format::Hex, Length::Bits(0))),
        TokenError::BitsZero
    );
    assert_eq!(
        err(&custom(Format::Hex, Length::Bits(8193))),
        TokenError::BitsTooMany {
            requested: 8193,
            max: 8192
        }
    );
    assert_eq!(
        err(&custom(Format::Hex, Length::Bits(4104))),
        TokenError::BitsNeedTooManyChars {
            bits: 4104,
            chars: 1026,
            max: 1024
        }
    );
    let mut bin = alphabet("01");
    bin.length = Length::Bits(2000);
    assert_eq!(
        err(&bin),
        TokenError::BitsNeedTooManyChars {
            bits: 2000,
            chars: 2000,
            max: 1024
        }
    );
    let msg = TokenError::LengthTooLong {
        requested: 2000,
        max: 1024,
    }
    .to_string();
    assert!(msg.contains("at most 1024 characters"), "{msg}");
}

#[test]
fn count_errors() {
    let mut s = TokenSpec::new(Preset::Session);
    s.count = 0;
    assert_eq!(err(&s), TokenError::CountZero);
    s.count = 10_001;
    assert_eq!(
        err(&s),
        TokenError::CountTooMany {
            requested: 10_001,
            max: 10_000
        }
    );
    let mut s = alphabet("ab");
    s.length = Length::Chars(2);
    s.count = 5;
    assert_eq!(
        err(&s),
        TokenError::BatchTooLarge {
            count: 5,
            distinct: 4
        }
    );
}

#[test]
fn alphabet_errors() {
    assert_eq!(err(&alphabet("")), TokenError::AlphabetEmpty);
    assert_eq!(
        err(&alphabet("a")),
        TokenError::AlphabetOneSymbol { symbol: 'a' }
    );
    assert_eq!(
        err(&alphabet("abcdeb")),
        TokenError::AlphabetRepeated { symbol: 'b' }
    );
    let big: String = (0..300u32)
        .filter_map(|i| char::from_u32(0x3040 + i))
        .collect();
    assert_eq!(
        err(&alphabet(&big)),
        TokenError::AlphabetTooLarge {
            size: 300,
            max: 256
        }
    );
    assert!(matches!(
        err(&alphabet("abc d")),
        TokenError::AlphabetInvisible { position: 4, .. }
    ));
    let msg = err(&alphabet("abcdeb")).to_string();
    assert!(msg.contains("'b'"), "the repeat is named: {msg}");
}

#[test]
fn charset_errors() {
    let none = CharsetOptions {
        upper: false,
        lower: false,
        digits: false,
        symbols: false,
        ..CharsetOptions::default()
    };
    assert_eq!(err(&charset(none, 16)), TokenError::NoClassChosen);
    let all = CharsetOptions {
        symbols: true,
        require_each_class: true,
        ..CharsetOptions::default()
    };
    assert_eq!(
        err(&charset(all, 3)),
        TokenError::EachClassImpossible {
            classes: 4,
            length: 3
        }
    );
    assert!(charset(all, 4).validate().is_ok());
}

#[test]
fn preset_errors() {
    let mut s = TokenSpec::new(Preset::Session);
    s.length = Length::Chars(20);
    assert_eq!(
        err(&s),
        TokenError::LengthOutsidePreset {
            preset: "Session ID",
            min: 32,
            max: 64,
            length: 20
        }
    );
    // HS256 needs 256 bits: 43 hex characters are only 22 bytes.
    let mut s = TokenSpec::new(Preset::JwtHs256);
    s.format = Format::Hex;
    assert_eq!(
        err(&s),
        TokenError::BelowPresetMinimum {
            preset: "JWT secret (HS256)",
            min_bits: 256,
            bits: 176
        }
    );
    s.length = Length::Chars(64);
    assert!(s.validate().is_ok());
    let mut s = TokenSpec::new(Preset::ApiKey);
    s.prefix = "cdm-".into();
    assert_eq!(err(&s), TokenError::PrefixCharacter { symbol: '-' });
    s.prefix = "x".repeat(17);
    assert!(matches!(
        err(&s),
        TokenError::PrefixTooLong {
            len: 17,
            max: 16,
            ..
        }
    ));
    assert!(matches!(
        Preset::from_id("nope"),
        Err(TokenError::UnknownPreset(_))
    ));
    assert!(matches!(
        Format::from_id("nope"),
        Err(TokenError::UnknownFormat(_))
    ));
}

#[test]
fn typed_numbers() {
    assert!(matches!(
        parse_length("-5"),
        Err(TokenError::Negative { .. })
    ));
    assert!(matches!(
        parse_length("abc"),
        Err(TokenError::NotANumber { .. })
    ));
    assert!(matches!(parse_count(""), Err(TokenError::Missing { .. })));
    assert_eq!(parse_count("10000"), Ok(10_000));
}

#[test]
fn messages_are_sentences() {
    let samples = [
        TokenError::LengthZero,
        TokenError::LengthTooLong {
            requested: 2000,
            max: 1024,
        },
        TokenError::CountTooMany {
            requested: 20_000,
            max: 10_000,
        },
        TokenError::AlphabetEmpty,
        TokenError::AlphabetOneSymbol { symbol: 'x' },
        TokenError::AlphabetRepeated { symbol: 'x' },
        TokenError::AlphabetTooLarge {
            size: 300,
            max: 256,
        },
        TokenError::NoClassChosen,
        TokenError::EachClassImpossible {
            classes: 4,
            length: 2,
        },
        TokenError::BatchTooLarge {
            count: 10,
            distinct: 4,
        },
        TokenError::KeyChecksumMismatch {
            found: "aaaaaa".into(),
            expected: "bbbbbb".into(),
        },
        TokenError::RandomSourceStuck,
    ];
    for e in samples {
        let m = e.to_string();
        assert!(
            m.chars().next().unwrap().is_uppercase() && m.ends_with('.'),
            "{m}"
        );
    }
}

#[test]
fn nothing_panics_on_any_combination() {
    let lengths = [
        Length::Chars(0),
        Length::Chars(1),
        Length::Chars(2),
        Length::Chars(3),
        Length::Chars(33),
        Length::Chars(1024),
        Length::Chars(1025),
        Length::Chars(usize::MAX),
        Length::Bits(0),
        Length::Bits(1),
        Length::Bits(63),
        Length::Bits(4096),
        Length::Bits(8192),
        Length::Bits(usize::MAX),
    ];
    let alphabets = ["", "a", "aa", "01", "αβγ", "abc\u{200B}"];
    let mut src = BufferedSource::new(SystemRandom, 65536);
    let mut made = 0;
    for preset in Preset::ALL {
        for format in Format::ALL {
            for length in lengths {
                for count in [0, 1, 2, 10_001, usize::MAX] {
                    for (i, alpha) in alphabets.iter().enumerate() {
                        let mut s = TokenSpec::new(preset);
                        s.format = format;
                        s.length = length;
                        s.count = count;
                        s.custom_alphabet = alpha.to_string();
                        s.uppercase_hex = i % 2 == 0;
                        s.charset.require_each_class = i % 2 == 1;
                        s.charset.symbols = i > 2;
                        s.prefix = ["cdm_", "", "9"][i % 3].into();
                        let _ = s.fields();
                        let v = s.validate();
                        assert_eq!(v.is_ok(), s.entropy().is_ok());
                        if v.is_ok() {
                            let e = s.entropy().unwrap();
                            let tokens = s.generate(&mut src, 1_700_000_000_000).unwrap();
                            assert_eq!(tokens.len(), count);
                            assert!(tokens.iter().all(|t| t.chars().count() == e.length));
                            made += 1;
                        } else {
                            assert!(s.generate(&mut src, 0).is_err());
                        }
                    }
                }
            }
        }
    }
    assert!(made > 100);
}
