//! UUID v4 and v7 (RFC 9562): form, version and variant bits, timestamp.

use clean_dm::core::random::{BufferedSource, SystemRandom};
use clean_dm::core::token::uuid::{v4, v7, V7_MAX_MS};
use clean_dm::core::token::{Preset, TokenError, TokenSpec};

fn assert_canonical(u: &str) {
    assert_eq!(u.len(), 36, "{u}");
    for (i, c) in u.chars().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            assert_eq!(c, '-', "{u}");
        } else {
            assert!(c.is_ascii_digit() || ('a'..='f').contains(&c), "{u}");
        }
    }
}

fn nibble(u: &str, i: usize) -> u8 {
    u8::from_str_radix(&u[i..i + 1], 16).unwrap()
}

#[test]
fn v4_version_and_variant() {
    let mut src = BufferedSource::new(SystemRandom, 65536);
    let mut seen_variant = [false; 4];
    for _ in 0..2000 {
        let u = v4(&mut src).unwrap();
        assert_canonical(&u);
        assert_eq!(&u[14..15], "4", "{u}");
        let v = nibble(&u, 19);
        assert_eq!(v >> 2, 0b10, "{u}");
        seen_variant[usize::from(v & 3)] = true;
    }
    // The two bits after the variant are random.
    assert!(seen_variant.iter().all(|&s| s));
}

#[test]
fn v7_version_variant_and_timestamp() {
    let mut src = BufferedSource::new(SystemRandom, 65536);
    let mut last = String::new();
    for ms in (1_700_000_000_000u64..).step_by(1).take(500) {
        let u = v7(&mut src, ms).unwrap();
        assert_canonical(&u);
        assert_eq!(&u[14..15], "7", "{u}");
        assert_eq!(nibble(&u, 19) >> 2, 0b10, "{u}");
        let ts = u64::from_str_radix(&format!("{}{}", &u[0..8], &u[9..13]), 16).unwrap();
        assert_eq!(ts, ms);
        // Later milliseconds sort later.
        assert!(u > last);
        last = u;
    }
    assert_eq!(v7(&mut src, 0).unwrap()[..13], *"00000000-0000");
    assert_eq!(v7(&mut src, V7_MAX_MS).unwrap()[..13], *"ffffffff-ffff");
}

#[test]
fn uuid_presets_through_the_spec() {
    let mut s = TokenSpec::new(Preset::UuidV7);
    s.count = 1000;
    let now = 1_700_000_123_456;
    let ids = s.generate_system(now).unwrap();
    assert_eq!(ids.len(), 1000);
    for u in &ids {
        assert!(u.starts_with("018bcfe7-4a40-7"), "{u}");
    }
    assert_eq!(
        s.generate_system(1 << 48),
        Err(TokenError::TimestampOutOfRange { ms: 1 << 48 })
    );
    let e = s.entropy().unwrap();
    assert_eq!((e.bits, e.length), (74.0, 36));
    let s = TokenSpec::new(Preset::UuidV4);
    assert_eq!(s.entropy().unwrap().bits, 122.0);
    assert!(!s.fields().format && !s.fields().length);
}
