//! Error messages a person can act on, and no panic on any input.

use clean_dm::core::qr::{encode, render, EcLevel, QrError, QrRequest, TextKind};

#[test]
fn empty_text_has_a_clear_message() {
    let err = encode("", EcLevel::M).unwrap_err();
    assert_eq!(err, QrError::Empty);
    assert!(err.to_string().contains("no text to encode"));
    assert_eq!(render(&QrRequest::default()).unwrap_err(), QrError::Empty);
}

#[test]
fn too_long_message_names_level_maximum_and_a_lower_level() {
    let err = encode(&"a".repeat(1300), EcLevel::H).unwrap_err();
    assert_eq!(
        err.to_string(),
        "This text is 1300 bytes, but at error-correction level H a QR code holds at most 1273 \
         bytes of UTF-8 text. It fits at level Q (less error correction): choose Q, or shorten \
         the text to 1273 bytes or fewer."
    );
    // Fits at no lower level above L: the nearest one that fits is named.
    let err = encode(&"a".repeat(2400), EcLevel::H).unwrap_err();
    assert!(
        matches!(
            err,
            QrError::TooLong {
                fits_at: Some(EcLevel::L),
                ..
            }
        ),
        "{err:?}"
    );
    let err = encode(&"a".repeat(3000), EcLevel::H).unwrap_err();
    assert!(matches!(
        err,
        QrError::TooLong {
            fits_at: None,
            max: 1273,
            ..
        }
    ));
    assert!(
        err.to_string()
            .ends_with("Shorten it to 1273 bytes or fewer."),
        "{err}"
    );
}

#[test]
fn non_ascii_length_is_counted_in_utf8_bytes() {
    // 1000 "é" are 2000 bytes: within M's 2331, over Q's 1663.
    let text = "é".repeat(1000);
    assert!(encode(&text, EcLevel::M).is_ok());
    let err = encode(&text, EcLevel::Q).unwrap_err();
    assert_eq!(
        err,
        QrError::TooLong {
            level: EcLevel::Q,
            len: 2000,
            max: 1663,
            kind: TextKind::Bytes,
            fits_at: Some(EcLevel::M)
        }
    );
}

#[test]
fn mixed_text_with_long_digit_runs_may_exceed_the_byte_maximum() {
    // Digits are stored densely, so this 3000-byte text fits at L although it is over 2953.
    let text = format!("id:{}", "1".repeat(2997));
    let out = encode(&text, EcLevel::L).unwrap();
    assert_eq!(out.info.bytes_used, 3000);
    assert!(out.info.percent_used <= 100);
}

#[test]
fn level_ids_parse_with_clear_errors() {
    assert_eq!("Q".parse::<EcLevel>(), Ok(EcLevel::Q));
    assert_eq!(EcLevel::from_id("h"), Ok(EcLevel::H));
    let err = EcLevel::from_id("X").unwrap_err();
    assert_eq!(err, QrError::UnknownLevel("X".into()));
    assert_eq!(
        err.to_string(),
        "\"X\" is not an error-correction level: choose L, M, Q or H."
    );
    assert_eq!(EcLevel::M.recovery_percent(), 15);
}

/// A deterministic stream of awkward strings: random code points, control characters,
/// lengths around every capacity boundary.
fn awkward_texts() -> Vec<String> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = Vec::new();
    for len in [1usize, 2, 17, 271, 1273, 1274, 2954, 7090, 10_000] {
        let digits: String = (0..len)
            .map(|_| char::from(b'0' + (next() % 10) as u8))
            .collect();
        let alnum: String = (0..len)
            .map(|_| {
                b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"[(next() % 45) as usize] as char
            })
            .collect();
        let any: String = (0..len)
            .map(|_| char::from_u32((next() % 0x11_0000) as u32).unwrap_or('\u{FFFD}'))
            .collect();
        let bytes: String = (0..len).map(|_| char::from((next() % 128) as u8)).collect();
        out.extend([digits, alnum, any, bytes]);
    }
    out.push("\0".into());
    out.push("\u{FEFF}".into());
    out.push("\u{10FFFF}".repeat(300));
    out
}

#[test]
fn never_panics_and_is_consistent() {
    for text in awkward_texts() {
        for level in EcLevel::ALL {
            match encode(&text, level) {
                Ok(e) => {
                    assert_eq!(e.info.bytes_used, text.len());
                    assert!((1..=40).contains(&e.info.version));
                    assert_eq!(e.matrix.width(), 4 * usize::from(e.info.version) + 17);
                    assert!(e.info.bits_used <= e.info.bits_capacity);
                }
                Err(QrError::TooLong {
                    len,
                    max,
                    kind,
                    level: l,
                    fits_at,
                }) => {
                    assert_eq!(l, level);
                    assert_eq!(kind, TextKind::of(&text));
                    assert_eq!(len, text.len());
                    assert!(
                        len > max,
                        "an error below the stated maximum: {len} <= {max}"
                    );
                    if let Some(lower) = fits_at {
                        assert!(encode(&text, lower).is_ok());
                    }
                }
                Err(other) => panic!("unexpected error {other:?}"),
            }
        }
    }
}

#[test]
fn every_text_up_to_the_maximum_fits() {
    // The stated maximum is honest: a text of that kind and length always fits.
    for level in EcLevel::ALL {
        for kind_text in ["9", "Z", "z", "é"] {
            let kind = TextKind::of(kind_text);
            let max = clean_dm::core::qr::max_len(level, kind);
            let text = kind_text.repeat(max / kind_text.len());
            assert!(encode(&text, level).is_ok(), "{kind:?} at {level}");
        }
    }
}
