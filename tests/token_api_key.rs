//! API keys: round trip, and every single-character typo is caught.

use clean_dm::core::random::{BufferedSource, SystemRandom};
use clean_dm::core::token::api_key::{check, checksum, generate, CHECKSUM_LEN};
use clean_dm::core::token::format::BASE62;
use clean_dm::core::token::{check_key_message, Length, Preset, TokenError, TokenSpec};

fn fresh_key(prefix: &str, body: usize) -> String {
    let mut src = BufferedSource::new(SystemRandom, 4096);
    generate(&mut src, prefix, body).unwrap()
}

#[test]
fn generated_keys_pass_the_check() {
    let mut src = BufferedSource::new(SystemRandom, 65536);
    for body in [32, 33, 64, 100, 128] {
        for _ in 0..50 {
            let key = generate(&mut src, "cdm_", body).unwrap();
            assert_eq!(key.len(), 4 + body + CHECKSUM_LEN);
            let ok = check(&key, "cdm_").unwrap();
            assert_eq!(ok.body_len, body);
            assert_eq!(ok.checksum, checksum(&key[4..4 + body]));
        }
    }
    let (ok, msg) = check_key_message(&fresh_key("cdm_", 32), "cdm_");
    assert!(ok && msg.starts_with("Checksum OK"));
}

#[test]
fn every_single_character_substitution_is_caught() {
    let prefix = "cdm_";
    let key = fresh_key(prefix, 32);
    let chars: Vec<char> = key.chars().collect();
    let mut tried = 0;
    for pos in prefix.len()..chars.len() {
        for sub in BASE62.chars().filter(|&c| c != chars[pos]) {
            let mut typo = chars.clone();
            typo[pos] = sub;
            let typo: String = typo.into_iter().collect();
            match check(&typo, prefix) {
                Err(TokenError::KeyChecksumMismatch { .. }) => tried += 1,
                other => panic!("typo at {pos} ({sub}) not caught: {other:?}"),
            }
        }
        // A character from outside base62 is named, with its position.
        let mut typo = chars.clone();
        typo[pos] = '-';
        let typo: String = typo.into_iter().collect();
        assert_eq!(
            check(&typo, prefix),
            Err(TokenError::KeyBadCharacter {
                symbol: '-',
                position: pos + 1
            })
        );
    }
    assert_eq!(tried, (32 + 6) * 61);
}

#[test]
fn adjacent_swaps_inside_body_or_checksum_are_caught() {
    let key = fresh_key("cdm_", 48);
    let chars: Vec<char> = key.chars().collect();
    let body = 4..4 + 48;
    let sum = 4 + 48..chars.len();
    for range in [body, sum] {
        for i in range.start..range.end - 1 {
            if chars[i] == chars[i + 1] {
                continue;
            }
            let mut typo = chars.clone();
            typo.swap(i, i + 1);
            let typo: String = typo.into_iter().collect();
            assert!(
                matches!(
                    check(&typo, "cdm_"),
                    Err(TokenError::KeyChecksumMismatch { .. })
                ),
                "swap at {i}"
            );
        }
    }
}

#[test]
fn check_says_what_is_wrong() {
    let key = fresh_key("cdm_", 32);
    assert_eq!(check("", "cdm_"), Err(TokenError::KeyEmpty));
    assert_eq!(check("   ", "cdm_"), Err(TokenError::KeyEmpty));
    assert_eq!(
        check(&key, "abc_"),
        Err(TokenError::KeyWrongPrefix {
            expected: "abc_".into()
        })
    );
    assert_eq!(
        check(&key.replace("cdm_", "cdn_"), "cdm_"),
        Err(TokenError::KeyWrongPrefix {
            expected: "cdm_".into()
        })
    );
    assert_eq!(
        check(&key, "cdm-"),
        Err(TokenError::PrefixCharacter { symbol: '-' })
    );
    assert_eq!(
        check(&key[..key.len() - 1], "cdm_"),
        Err(TokenError::KeyTooShort {
            found: 37,
            min: 38,
            min_body: 32,
            checksum: 6
        })
    );
    let long = format!("cdm_{}", "a".repeat(135));
    assert_eq!(
        check(&long, "cdm_"),
        Err(TokenError::KeyTooLong {
            found: 135,
            max: 134
        })
    );
    let with_space = format!("{} {}", &key[..10], &key[10..]);
    assert_eq!(
        check(&with_space, "cdm_"),
        Err(TokenError::KeyBadCharacter {
            symbol: ' ',
            position: 11
        })
    );
    let mismatch = check(&format!("cdm_{}000000", &key[4..36]), "cdm_");
    if checksum(&key[4..36]) != "000000" {
        let msg = mismatch.unwrap_err().to_string();
        assert!(msg.contains("checksum does not match"), "{msg}");
    }
    let (ok, msg) = check_key_message("cdm_short", "cdm_");
    assert!(!ok && msg.contains("too short"));
}

#[test]
fn api_key_spec_uses_prefix_and_body_length() {
    let mut s = TokenSpec::new(Preset::ApiKey);
    assert_eq!(s.entropy().unwrap().length, 42);
    s.length = Length::Chars(64);
    s.prefix = "ghx_".into();
    let keys = s.generate_system(0).unwrap();
    assert!(keys[0].starts_with("ghx_") && keys[0].len() == 74);
    assert!(check(&keys[0], "ghx_").is_ok());
    s.prefix = "".into();
    assert_eq!(s.validate(), Err(TokenError::PrefixEmpty));
    s.prefix = "1abc".into();
    assert_eq!(s.validate(), Err(TokenError::PrefixStart));
    s.prefix = "cdm".into();
    s.length = Length::Chars(31);
    assert!(matches!(
        s.validate(),
        Err(TokenError::LengthOutsidePreset {
            min: 32,
            max: 128,
            length: 31,
            ..
        })
    ));
    // Bits: 128 bits need only 22 base62 characters, below the preset's 32.
    s.length = Length::Bits(128);
    assert!(matches!(
        s.validate(),
        Err(TokenError::LengthOutsidePreset { length: 22, .. })
    ));
    s.length = Length::Bits(190);
    assert_eq!(s.entropy().unwrap().length, 3 + 32 + 6);
}
