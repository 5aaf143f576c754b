//! Helpers shared by the QR integration tests: rasterise and decode with independent code
//! (`rqrr` for QR decoding, `png` for PNG decoding).
#![allow(dead_code)]

use clean_dm::core::qr::{QrMatrix, Rgb};

/// What rqrr read from one code.
pub struct Decoded {
    pub bytes: Vec<u8>,
    /// How many Kanji-mode characters the code holds (see [`SpyWriter`]).
    pub kanji_chars: usize,
    pub version: usize,
    /// The level as its id ("L", "M", "Q", "H").
    pub level: &'static str,
}

/// Collects rqrr's output and notices Kanji-mode data. rqrr (0.10) writes byte-mode data one
/// byte per write and Kanji-mode data as two-byte Shift JIS pairs (lead byte 0x81-0x9F or
/// 0xE0-0xEB); numeric and alphanumeric data are ASCII. rqrr hands the Shift JIS bytes back
/// unchanged, so a byte comparison alone cannot see that a phone scanner would turn them into
/// different characters; this spy can.
#[derive(Default)]
pub struct SpyWriter {
    pub bytes: Vec<u8>,
    pub kanji_chars: usize,
}

impl std::io::Write for SpyWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if buf.len() == 2 && matches!(buf[0], 0x81..=0x9F | 0xE0..=0xEB) {
            self.kanji_chars += 1;
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Decodes every QR code rqrr finds in a greyscale image.
pub fn decode_grey_meta(w: usize, h: usize, f: impl FnMut(usize, usize) -> u8) -> Vec<Decoded> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, f);
    img.detect_grids()
        .iter()
        .map(|g| {
            let mut spy = SpyWriter::default();
            let meta = g
                .decode_to(&mut spy)
                .expect("rqrr failed to decode the grid");
            // rqrr reports the two format-information bits: 0 = M, 1 = L, 2 = H, 3 = Q.
            let level = ["M", "L", "H", "Q"][usize::from(meta.ecc_level & 3)];
            Decoded {
                bytes: spy.bytes,
                kanji_chars: spy.kanji_chars,
                version: meta.version.0,
                level,
            }
        })
        .collect()
}

/// Decodes every QR code rqrr finds in a greyscale image; returns the raw payload bytes.
pub fn decode_grey(w: usize, h: usize, f: impl FnMut(usize, usize) -> u8) -> Vec<Vec<u8>> {
    decode_grey_meta(w, h, f)
        .into_iter()
        .map(|d| d.bytes)
        .collect()
}

/// Like [`decode_matrix`], with version and level.
pub fn decode_matrix_meta(m: &QrMatrix, qz: usize, scale: usize) -> Decoded {
    let side = (m.width() + 2 * qz) * scale;
    let mut found = decode_grey_meta(side, side, |x, y| {
        if m.is_dark_with_quiet_zone(x / scale, y / scale, qz) {
            0
        } else {
            255
        }
    });
    assert_eq!(found.len(), 1, "expected exactly one QR code in the image");
    found.remove(0)
}

/// Rasterises the matrix with a quiet zone of `qz` modules at `scale` pixels per module
/// (dark = 0, light = 255) and decodes it. Panics unless exactly one code is found.
pub fn decode_matrix(m: &QrMatrix, qz: usize, scale: usize) -> Vec<u8> {
    decode_matrix_meta(m, qz, scale).bytes
}

/// A decoded PNG as 8-bit RGB.
pub struct Rgb8 {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Rgb8 {
    pub fn at(&self, x: usize, y: usize) -> Rgb {
        let i = (y * self.width + x) * 3;
        Rgb {
            r: self.pixels[i],
            g: self.pixels[i + 1],
            b: self.pixels[i + 2],
        }
    }
}

/// Decodes PNG bytes with the `png` crate (CRCs checked) into 8-bit RGB.
pub fn decode_png(bytes: &[u8]) -> Rgb8 {
    let mut dec = png::Decoder::new(std::io::Cursor::new(bytes));
    dec.set_transformations(png::Transformations::EXPAND);
    let mut reader = dec.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    buf.truncate(info.buffer_size());
    Rgb8 {
        width: info.width as usize,
        height: info.height as usize,
        pixels: buf,
    }
}

/// Decodes the QR code in PNG bytes (via the `png` crate, then rqrr).
pub fn decode_png_qr(bytes: &[u8]) -> Vec<u8> {
    let img = decode_png(bytes);
    let found = decode_grey(img.width, img.height, |x, y| {
        let c = img.at(x, y);
        ((u32::from(c.r) * 299 + u32::from(c.g) * 587 + u32::from(c.b) * 114) / 1000) as u8
    });
    assert_eq!(found.len(), 1, "expected exactly one QR code in the PNG");
    found.into_iter().next().unwrap()
}

/// Parses the `d` attribute of the SVG's dark path (the `M x y h n v1 h -n z` runs this crate
/// writes) into a grid of `n` x `n` modules, where `n` comes from the viewBox.
pub fn svg_to_grid(svg: &str) -> (usize, Vec<bool>) {
    let vb = attr(svg, "viewBox").expect("viewBox");
    let parts: Vec<usize> = vb
        .split(' ')
        .map(|p| p.parse().expect("viewBox number"))
        .collect();
    assert_eq!(parts[..2], [0, 0]);
    assert_eq!(parts[2], parts[3], "square viewBox");
    let n = parts[2];
    let d_start = svg.find("<path").expect("<path");
    let d = attr(&svg[d_start..], "d").expect("path d");
    let mut grid = vec![false; n * n];
    for rect in d.split('z').filter(|r| !r.is_empty()) {
        let rect = rect.strip_prefix('M').expect("run starts with M");
        let (xy, rest) = rect.split_once('h').expect("h");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let (len, back) = rest.split_once("v1h-").expect("v1h-");
        assert_eq!(len, back, "run closes on itself");
        let len: usize = len.parse().unwrap();
        for i in x..x + len {
            assert!(!grid[y * n + i], "runs overlap");
            grid[y * n + i] = true;
        }
    }
    (n, grid)
}

/// Value of the first `name="..."` attribute in `s`.
pub fn attr<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = s.find(&key)? + key.len();
    let len = s[start..].find('"')?;
    Some(&s[start..start + len])
}
