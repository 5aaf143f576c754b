//! Scanning is the test: every code is rasterised (and separately written as PNG), decoded by
//! an independent decoder (rqrr; PNG through the `png` crate) and compared byte for byte.

mod qr_support;

use clean_dm::core::qr::{
    build_link, encode, max_len, render, EcLevel, QrError, QrRequest, TextKind,
};
use qr_support::{decode_matrix, decode_matrix_meta, decode_png_qr};

/// Encodes at `level`, then checks the matrix and the PNG both decode to exactly `text`.
fn assert_round_trip(text: &str, level: EcLevel) {
    let mut req = QrRequest::new(text);
    req.level = level;
    let out = render(&req).unwrap_or_else(|e| panic!("render failed: {e}"));
    let d = decode_matrix_meta(out.matrix(), 4, 3);
    assert_eq!(
        d.bytes,
        text.as_bytes(),
        "matrix decode differs at level {level}"
    );
    assert_eq!(
        d.kanji_chars, 0,
        "Kanji mode would change the text on a phone scanner"
    );
    assert_eq!(d.level, level.id(), "decoded level");
    assert_eq!(d.version, usize::from(out.info.version), "decoded version");
    let png = out.png(out.info.modules as u32 * 4 + 32).unwrap();
    assert_eq!(
        decode_png_qr(&png.bytes),
        text.as_bytes(),
        "PNG decode differs at level {level}"
    );
}

/// A deterministic pseudo-random base64url string of `n` characters.
fn base64url_like(n: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ALPHABET[(x >> 58) as usize] as char
        })
        .collect()
}

#[test]
fn short_token_round_trips() {
    assert_round_trip("abc123", EcLevel::M);
}

#[test]
fn base64url_token_of_43_chars_round_trips() {
    let token = "q3Xv-9_kLmN0pQrStUvWxYz-AbCdEfGhIjKlMnOp_12";
    assert_eq!(token.len(), 43);
    assert_round_trip(token, EcLevel::M);
    let random = base64url_like(43, 0x9E37_79B9_7F4A_7C15);
    assert_round_trip(&random, EcLevel::M);
}

#[test]
fn long_token_round_trips() {
    let token = base64url_like(700, 42);
    assert_round_trip(&token, EcLevel::M);
}

#[test]
fn https_link_with_encoded_query_round_trips() {
    let link = build_link(
        "https://example.com/reset?lang=en#top",
        "token",
        "a b&c=d+e/é~",
    )
    .unwrap();
    assert_eq!(
        link,
        "https://example.com/reset?lang=en&token=a%20b%26c%3Dd%2Be%2F%C3%A9~#top"
    );
    assert_round_trip(&link, EcLevel::M);
    assert_round_trip(&link, EcLevel::H);
}

#[test]
fn every_level_round_trips() {
    let token = base64url_like(43, 7);
    for level in EcLevel::ALL {
        assert_round_trip(&token, level);
        assert_round_trip("HELLO WORLD 123", level);
    }
}

#[test]
fn higher_levels_need_bigger_or_equal_versions() {
    let token = base64url_like(200, 3);
    let versions: Vec<u8> = EcLevel::ALL
        .iter()
        .map(|l| encode(&token, *l).unwrap().info.version)
        .collect();
    assert!(versions.windows(2).all(|w| w[0] <= w[1]), "{versions:?}");
    assert!(versions[0] < versions[3], "{versions:?}");
}

#[test]
fn non_ascii_text_round_trips_as_utf8() {
    for level in EcLevel::ALL {
        assert_round_trip("café – 東京 🔑", level);
    }
    // Byte sequences that look like Shift JIS Kanji must not be re-encoded as Kanji.
    assert_round_trip("東京", EcLevel::M);
    assert_round_trip("ああああああ", EcLevel::M);
    assert_round_trip("ひらがなとカタカナ", EcLevel::H);
    assert_round_trip("日本語のテキスト、ひらがな。", EcLevel::L);
    assert_round_trip("Ünïcödé ÀÉÎÕÜ ß ẞ ø", EcLevel::Q);
}

#[test]
fn kanji_detector_sees_the_qrcode_crates_own_auto_mode() {
    // Control for the check in `assert_round_trip`: the qrcode crate's automatic encoder puts
    // UTF-8 hiragana into Kanji mode ("あ" is E3 81 82: E3 81 and 82 E3 look like Shift JIS
    // pairs), which the spy must notice, so it can catch a regression.
    let text = "ああああああ";
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
    let w = code.width();
    let colors = code.to_colors();
    let (qz, scale) = (4, 3);
    let side = (w + 2 * qz) * scale;
    let found = qr_support::decode_grey_meta(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let dark = mx >= qz
            && my >= qz
            && mx - qz < w
            && my - qz < w
            && colors[(my - qz) * w + (mx - qz)] == qrcode::Color::Dark;
        if dark {
            0
        } else {
            255
        }
    });
    assert_eq!(found.len(), 1);
    assert!(found[0].kanji_chars > 0);
    // Ours holds the same text in byte mode.
    assert_eq!(
        found[0].bytes,
        text.as_bytes(),
        "rqrr hands Shift JIS pairs back unchanged"
    );
    let ours = encode(text, EcLevel::M).unwrap();
    let d = decode_matrix_meta(&ours.matrix, 4, 3);
    assert_eq!(d.kanji_chars, 0);
    assert_eq!(d.bytes, text.as_bytes());
}

#[test]
fn text_is_not_trimmed_or_changed() {
    assert_round_trip("  leading and trailing spaces  ", EcLevel::M);
    assert_round_trip("line one\nline two\r\n\ttab\n", EcLevel::M);
    assert_round_trip(" ", EcLevel::M);
    assert_round_trip("0", EcLevel::M);
    assert_round_trip("00123", EcLevel::M); // leading zeros in numeric mode
    assert_round_trip("MiXeD 0123456789 CASE abc", EcLevel::Q);
}

#[test]
fn text_at_maximum_byte_capacity_round_trips_at_every_level() {
    for (level, max) in EcLevel::ALL.into_iter().zip([2953, 2331, 1663, 1273]) {
        assert_eq!(max_len(level, TextKind::Bytes), max);
        let text = base64url_like(max, max as u64).to_lowercase();
        let out = encode(&text, level).unwrap();
        assert_eq!(out.info.version, 40);
        assert_eq!(out.info.modules, 177);
        assert_eq!(out.info.capacity_bytes, max);
        assert_eq!(out.info.bytes_used, max);
        assert_eq!(out.info.percent_used, 100);
        assert_eq!(
            decode_matrix(&out.matrix, 4, 3),
            text.as_bytes(),
            "level {level}"
        );
    }
}

#[test]
fn text_at_maximum_capacity_round_trips_through_png() {
    let text = "x".repeat(2953);
    assert_round_trip(&text, EcLevel::L);
    // Two-byte characters filling level H exactly: 636 * 2 + 1 = 1273 bytes.
    let text = format!("{}a", "é".repeat(636));
    assert_eq!(text.len(), 1273);
    assert_round_trip(&text, EcLevel::H);
}

#[test]
fn one_byte_over_the_maximum_is_an_error_with_the_right_maximum() {
    for (level, max) in EcLevel::ALL.into_iter().zip([2953, 2331, 1663, 1273]) {
        let text = "a".repeat(max + 1);
        let err = encode(&text, level).unwrap_err();
        let expected_fits = match level {
            EcLevel::L => None,
            EcLevel::M => Some(EcLevel::L),
            EcLevel::Q => Some(EcLevel::M),
            EcLevel::H => Some(EcLevel::Q),
        };
        assert_eq!(
            err,
            QrError::TooLong {
                level,
                len: max + 1,
                max,
                kind: TextKind::Bytes,
                fits_at: expected_fits
            }
        );
        let msg = err.to_string();
        assert!(msg.contains(&format!("at most {max} bytes")), "{msg}");
        assert!(msg.contains(&format!("level {level}")), "{msg}");
        match expected_fits {
            Some(l) => assert!(msg.contains(&format!("choose {l}")), "{msg}"),
            None => assert!(msg.contains("Shorten it"), "{msg}"),
        }
    }
}

#[test]
fn digits_and_capitals_use_their_own_honest_maximum() {
    let digits = "7".repeat(7089);
    let out = encode(&digits, EcLevel::L).unwrap();
    assert_eq!(out.info.version, 40);
    assert_eq!(decode_matrix(&out.matrix, 4, 3), digits.as_bytes());
    let err = encode(&"7".repeat(7090), EcLevel::L).unwrap_err();
    assert!(err.to_string().contains("at most 7089 digits"), "{err}");

    let alnum = "ABC-123 ".repeat(232) + "ABCD"; // 1860 characters
    let alnum = &alnum[..1852];
    let out = encode(alnum, EcLevel::H).unwrap();
    assert_eq!(decode_matrix(&out.matrix, 4, 3), alnum.as_bytes());
    let longer = format!("{alnum}X");
    let err = encode(&longer, EcLevel::H).unwrap_err();
    assert!(matches!(
        err,
        QrError::TooLong {
            max: 1852,
            kind: TextKind::Alphanumeric,
            fits_at: Some(EcLevel::Q),
            ..
        }
    ));
    assert!(err.to_string().contains("at most 1852 characters"), "{err}");
}

#[test]
fn narrow_and_wide_quiet_zones_still_decode() {
    let text = base64url_like(43, 11);
    for qz in [1u8, 4, 16] {
        let mut req = QrRequest::new(text.clone());
        req.quiet_zone = qz;
        let out = render(&req).unwrap();
        let png = out.png(1024).unwrap();
        assert_eq!(
            decode_png_qr(&png.bytes),
            text.as_bytes(),
            "quiet zone {qz}"
        );
    }
}

#[test]
fn coloured_png_decodes() {
    let mut req = QrRequest::new("coloured code");
    req.dark = "#1a237e".into();
    req.light = "#fff8e1".into();
    let out = render(&req).unwrap();
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let png = out.png(300).unwrap();
    assert_eq!(decode_png_qr(&png.bytes), b"coloured code");
}
