//! Colour parsing, WCAG contrast and the warnings shown beside a code.

use clean_dm::core::qr::colour::{GOOD_CONTRAST, MIN_CONTRAST};
use clean_dm::core::qr::{
    colour_warnings, contrast_ratio, parse_colour, render, QrError, QrRequest, QrWarning, Rgb,
};

fn rgb(s: &str) -> Rgb {
    Rgb::parse(s).unwrap_or_else(|| panic!("{s} should parse"))
}

#[test]
fn parses_short_and_long_hex() {
    assert_eq!(rgb("#000000"), Rgb::BLACK);
    assert_eq!(rgb("#ffffff"), Rgb::WHITE);
    assert_eq!(rgb("#FFFFFF"), Rgb::WHITE);
    assert_eq!(rgb("#fff"), Rgb::WHITE);
    assert_eq!(
        rgb("#1a2B3c"),
        Rgb {
            r: 0x1a,
            g: 0x2b,
            b: 0x3c
        }
    );
    assert_eq!(
        rgb("#abc"),
        Rgb {
            r: 0xaa,
            g: 0xbb,
            b: 0xcc
        }
    );
    assert_eq!(rgb(" #abc "), rgb("#aabbcc"));
    assert_eq!(rgb("abcdef"), rgb("#abcdef"));
    assert_eq!(rgb("#0d47a1").to_hex(), "#0d47a1");
    assert_eq!(Rgb { r: 1, g: 2, b: 255 }.to_string(), "#0102ff");
}

#[test]
fn rejects_what_is_not_a_hex_colour() {
    for bad in [
        "",
        "#",
        "#ff",
        "#ffff",
        "#fffff",
        "#fffffff",
        "#ggg",
        "red",
        "rgb(0,0,0)",
        "#12 456",
        "#ééé",
        "##fff",
        "#-12345",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad:?}");
    }
    let err = parse_colour("red", "light").unwrap_err();
    assert_eq!(
        err,
        QrError::BadColour {
            which: "light",
            value: "red".into()
        }
    );
    assert!(err
        .to_string()
        .starts_with("The light colour \"red\" is not a colour"));
}

#[test]
fn contrast_ratio_matches_wcag() {
    assert!((contrast_ratio(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio(Rgb::WHITE, Rgb::BLACK) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio(rgb("#777"), Rgb::WHITE) - 4.48).abs() < 0.01);
    assert!((contrast_ratio(rgb("#767676"), Rgb::WHITE) - 4.54).abs() < 0.01);
    assert!((contrast_ratio(rgb("#ff0000"), Rgb::WHITE) - 4.0).abs() < 0.01);
    assert!((contrast_ratio(rgb("#abcdef"), rgb("#abcdef")) - 1.0).abs() < 1e-9);
    assert!((Rgb::WHITE.luminance() - 1.0).abs() < 1e-9);
    assert_eq!(Rgb::BLACK.luminance(), 0.0);
}

#[test]
fn warns_when_colours_are_too_close_or_low() {
    assert!(colour_warnings(Rgb::BLACK, Rgb::WHITE).is_empty());
    assert!(colour_warnings(rgb("#1a237e"), rgb("#fff8e1")).is_empty());

    let w = colour_warnings(rgb("#999999"), Rgb::WHITE); // about 2.8:1
    assert_eq!(w.len(), 1);
    assert!(matches!(w[0], QrWarning::ColoursTooClose { ratio } if ratio < MIN_CONTRAST));
    assert_eq!(w[0].id(), "colours-too-close");
    assert!(
        w[0].to_string().contains("too close (contrast 2.8:1)"),
        "{}",
        w[0]
    );

    let w = colour_warnings(rgb("#ff0000"), Rgb::WHITE); // 4.0:1
    assert!(
        matches!(w[..], [QrWarning::LowContrast { ratio }] if (MIN_CONTRAST..GOOD_CONTRAST).contains(&ratio))
    );
    assert_eq!(w[0].id(), "low-contrast");
    assert!(w[0].to_string().contains("low (4.0:1)"), "{}", w[0]);

    let w = colour_warnings(rgb("#777"), rgb("#777"));
    assert!(
        matches!(w[..], [QrWarning::ColoursTooClose { .. }]),
        "same colour: too close, not inverted"
    );
}

#[test]
fn warns_when_inverted() {
    let w = colour_warnings(Rgb::WHITE, Rgb::BLACK);
    assert_eq!(w, vec![QrWarning::Inverted]);
    assert_eq!(w[0].id(), "inverted");
    assert!(w[0].to_string().contains("Swap the colours"));
    // Inverted and too close both.
    let w = colour_warnings(rgb("#dddddd"), rgb("#bbbbbb"));
    assert_eq!(w.len(), 2);
    assert!(matches!(w[0], QrWarning::ColoursTooClose { .. }));
    assert_eq!(w[1], QrWarning::Inverted);
}

#[test]
fn render_carries_colour_warnings_and_contrast() {
    let mut req = QrRequest::new("colours");
    req.dark = "#ffffff".into();
    req.light = "#000".into();
    let out = render(&req).unwrap();
    assert_eq!(out.warnings, vec![QrWarning::Inverted]);
    assert!((out.contrast - 21.0).abs() < 1e-9);
    assert!(out.svg.contains("fill=\"#ffffff\"") && out.svg.contains("fill=\"#000000\""));
}
