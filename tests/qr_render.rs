//! SVG and PNG output: structure checks, and decoding the SVG's own path data back.

mod qr_support;

use clean_dm::core::qr::{
    png_layout, render, EcLevel, QrError, QrRequest, QrWarning, Rgb, SvgBuilder, MAX_PNG_SIZE,
};
use qr_support::{attr, decode_grey, decode_png, svg_to_grid};

fn request(text: &str) -> QrRequest {
    QrRequest::new(text)
}

#[test]
fn svg_is_well_formed_and_compact() {
    let mut req = request("svg check");
    req.dark = "#123456".into();
    req.light = "#fafafa".into();
    req.size_px = 320;
    let out = render(&req).unwrap();
    let svg = &out.svg;
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>"));
    let n = out.info.modules + 8;
    assert_eq!(attr(svg, "viewBox"), Some(format!("0 0 {n} {n}").as_str()));
    assert_eq!(attr(svg, "width"), Some("320"));
    assert_eq!(attr(svg, "height"), Some("320"));
    assert_eq!(attr(svg, "shape-rendering"), Some("crispEdges"));
    assert_eq!(attr(svg, "role"), Some("img"));
    assert_eq!(attr(svg, "aria-label"), Some("QR code"));
    assert!(svg.contains("<title>QR code</title>"));
    assert!(svg.contains("fill=\"#123456\""), "dark colour used");
    assert!(svg.contains("fill=\"#fafafa\""), "light colour used");
    assert_eq!(
        svg.matches("<path").count(),
        1,
        "one path for all dark modules"
    );
    assert_eq!(svg.matches("<rect").count(), 1, "one background rectangle");
    // Balanced tags: every element is either self-closed or closed.
    assert_eq!(svg.matches('<').count(), svg.matches('>').count());
    assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
    assert_eq!(
        svg.matches("<title>").count(),
        svg.matches("</title>").count()
    );
}

#[test]
fn svg_path_holds_exactly_the_dark_modules() {
    for (qz, level) in [(4u8, EcLevel::M), (0, EcLevel::L), (16, EcLevel::H)] {
        let mut req = request("https://example.com/verify?token=abc");
        req.quiet_zone = qz;
        req.level = level;
        let out = render(&req).unwrap();
        let (n, grid) = svg_to_grid(&out.svg);
        let m = out.matrix();
        let qz = usize::from(qz);
        assert_eq!(n, m.width() + 2 * qz);
        let mut dark = 0;
        for y in 0..n {
            for x in 0..n {
                assert_eq!(
                    grid[y * n + x],
                    m.is_dark_with_quiet_zone(x, y, qz),
                    "({x},{y})"
                );
                dark += usize::from(grid[y * n + x]);
            }
        }
        assert!(dark > 0);
    }
}

#[test]
fn svg_rasterised_from_its_path_decodes() {
    let text = "scan the svg: café 🔑";
    let out = render(&request(text)).unwrap();
    let (n, grid) = svg_to_grid(&out.svg);
    let scale = 4;
    let found = decode_grey(n * scale, n * scale, |x, y| {
        if grid[(y / scale) * n + x / scale] {
            0
        } else {
            255
        }
    });
    assert_eq!(found, vec![text.as_bytes().to_vec()]);
}

#[test]
fn svg_label_is_escaped() {
    let m = clean_dm::core::qr::encode("x", EcLevel::M).unwrap().matrix;
    let svg = SvgBuilder::new(&m).label("a<b>&\"c'\u{1}").build();
    assert!(
        svg.contains("aria-label=\"a&lt;b&gt;&amp;&quot;c&apos; \""),
        "{svg}"
    );
    assert!(!svg.contains("<b>"));
}

#[test]
fn svg_builder_defaults_and_clamps() {
    let m = clean_dm::core::qr::encode("x", EcLevel::M).unwrap().matrix;
    let svg = SvgBuilder::new(&m).build();
    assert_eq!(attr(&svg, "viewBox"), Some("0 0 29 29"));
    assert_eq!(attr(&svg, "width"), Some("256"));
    assert!(svg.contains("fill=\"#000000\"") && svg.contains("fill=\"#ffffff\""));
    let svg = SvgBuilder::new(&m).quiet_zone(200).size_px(0).build();
    assert_eq!(attr(&svg, "viewBox"), Some("0 0 53 53"));
    assert_eq!(attr(&svg, "width"), Some("1"));
}

fn be_u32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

#[test]
fn png_has_signature_ihdr_and_valid_crcs() {
    let out = render(&request("png structure")).unwrap();
    let png = out.png(300).unwrap();
    let b = &png.bytes;
    assert_eq!(&b[..8], &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]);
    // Walk every chunk and check its CRC independently of the encoder.
    let mut pos = 8;
    let mut kinds = Vec::new();
    while pos < b.len() {
        let len = be_u32(&b[pos..]) as usize;
        let kind = &b[pos + 4..pos + 8];
        let data = &b[pos + 8..pos + 8 + len];
        let crc = be_u32(&b[pos + 8 + len..]);
        assert_eq!(
            crc,
            crc32fast::hash(&b[pos + 4..pos + 8 + len]),
            "CRC of {kind:?}"
        );
        if kind == b"IHDR" {
            assert_eq!(len, 13);
            assert_eq!(be_u32(data), 290, "width: 29 modules * 10 px");
            assert_eq!(be_u32(&data[4..]), 290, "height");
            assert_eq!(&data[8..], &[1, 3, 0, 0, 0], "1-bit indexed, no interlace");
        }
        kinds.push(String::from_utf8(kind.to_vec()).unwrap());
        pos += 12 + len;
    }
    assert_eq!(pos, b.len());
    assert_eq!(kinds, ["IHDR", "PLTE", "IDAT", "IEND"]);
    assert_eq!(png.layout.scale, 10);
    assert_eq!(png.layout.size_px, 290);
}

#[test]
fn png_pixels_match_the_matrix_and_colours() {
    let mut req = request("pixels");
    req.dark = "#0d47a1".into();
    req.light = "#ffeb3b".into();
    req.quiet_zone = 2;
    let out = render(&req).unwrap();
    let png = out.png(100).unwrap();
    let img = decode_png(&png.bytes);
    let scale = png.layout.scale;
    assert_eq!(scale, 4); // 25 modules, 100 px
    assert_eq!(img.width, 100);
    assert_eq!(img.height, 100);
    let dark = Rgb::parse("#0d47a1").unwrap();
    let light = Rgb::parse("#ffeb3b").unwrap();
    for y in 0..img.height {
        for x in 0..img.width {
            let want = if out
                .matrix()
                .is_dark_with_quiet_zone(x / scale, y / scale, 2)
            {
                dark
            } else {
                light
            };
            assert_eq!(img.at(x, y), want, "pixel ({x},{y})");
        }
    }
}

#[test]
fn large_png_spans_many_stored_blocks_and_decodes() {
    // Version 40 at 4096 px: 185 modules * 22 px = 4070 px; ~2 MB of raw rows, 32 blocks.
    let text = "z".repeat(2953);
    let mut req = request(&text);
    req.level = EcLevel::L;
    let out = render(&req).unwrap();
    let png = out.png(MAX_PNG_SIZE).unwrap();
    assert_eq!(png.layout.size_px, 4070);
    assert!(png.bytes.len() > 65_535 * 30);
    let img = decode_png(&png.bytes);
    assert_eq!((img.width, img.height), (4070, 4070));
    // Decode a downsampled copy (2 px per module) to keep the test quick.
    let s = png.layout.scale;
    let found = decode_grey(185 * 2, 185 * 2, |x, y| {
        img.at(x * s / 2 + s / 4, y * s / 2 + s / 4).r
    });
    assert_eq!(found, vec![text.into_bytes()]);
}

#[test]
fn png_size_rules() {
    let out = render(&request("size")).unwrap(); // 21 + 8 = 29 modules
    assert_eq!(out.png(0).unwrap_err(), QrError::PngSize(0));
    assert_eq!(
        out.png(MAX_PNG_SIZE + 1).unwrap_err(),
        QrError::PngSize(MAX_PNG_SIZE + 1)
    );
    // Smaller than one pixel per module: one pixel per module.
    assert_eq!(out.png(10).unwrap().layout.size_px, 29);
    assert_eq!(out.png_layout(10).unwrap().size_px, 29);
    // Otherwise the largest whole scale that fits.
    assert_eq!(out.png(57).unwrap().layout.size_px, 29);
    assert_eq!(out.png(58).unwrap().layout.size_px, 58);
    assert_eq!(png_layout(21, 4, 512).unwrap().scale, 17);
}

#[test]
fn render_validates_options_and_warns() {
    let mut req = request("opts");
    req.quiet_zone = 17;
    assert_eq!(render(&req).unwrap_err(), QrError::QuietZoneTooWide(17));
    req.quiet_zone = 2;
    let out = render(&req).unwrap();
    assert_eq!(
        out.warnings,
        vec![QrWarning::QuietZoneNarrow { modules: 2 }]
    );
    assert!(out.warnings[0]
        .to_string()
        .contains("narrower than the standard's 4"));
    req.quiet_zone = 4;
    assert!(render(&req).unwrap().warnings.is_empty());
    req.size_px = 0;
    assert_eq!(render(&req).unwrap_err(), QrError::SvgSize(0));
    req.size_px = 256;
    req.dark = "black".into();
    let err = render(&req).unwrap_err();
    assert!(matches!(err, QrError::BadColour { which: "dark", .. }));
    assert!(err.to_string().contains("#rrggbb"));
    req.dark = "#000".into();
    req.light = "#12345".into();
    assert!(matches!(
        render(&req).unwrap_err(),
        QrError::BadColour { which: "light", .. }
    ));
}

#[test]
fn render_reports_info() {
    let out = render(&request("hello")).unwrap();
    assert_eq!(out.info.version, 1);
    assert_eq!(out.info.modules, 21);
    assert_eq!(out.info.level, EcLevel::M);
    assert_eq!(out.info.capacity_bytes, 14);
    assert_eq!(out.info.bytes_used, 5);
    assert_eq!(out.info.max_bytes_for_level, 2331);
    assert_eq!(out.info.bits_capacity, 128);
    assert_eq!(out.info.bits_used, 4 + 8 + 40);
    assert_eq!(out.info.percent_used, 41);
    assert!((out.contrast - 21.0).abs() < 1e-9);
}
