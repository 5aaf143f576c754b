//! Matrix -> PNG bytes, with a minimal encoder (no image crate).
//!
//! Size rule: every module is a whole number of pixels, because uneven modules blur edges
//! and hurt scanning. The scale is the largest whole number of pixels per module for which
//! the image (quiet zone included) is not wider than the requested size, and at least 1; the
//! image is therefore `modules * scale` pixels square, at most the requested size, except
//! when the request is smaller than one pixel per module, where it is `modules` pixels.
//! [`png_layout`] tells the UI the real size before encoding.
//!
//! Format: 1-bit indexed colour (palette: 0 = light, 1 = dark), filter 0 on every row, one
//! IDAT holding a zlib stream of stored (uncompressed) deflate blocks of at most 65,535 bytes
//! each, then Adler-32; chunk CRCs by crc32fast.

use super::colour::Rgb;
use super::encode::QrMatrix;
use super::error::QrError;
use super::{MAX_PNG_SIZE, MAX_QUIET_ZONE};

/// The 8-byte PNG signature.
pub const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Largest payload of one stored deflate block.
const STORED_BLOCK_MAX: usize = 65_535;

/// Pixel geometry of a PNG for a requested size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PngLayout {
    /// Modules per side, quiet zone included.
    pub modules: usize,
    /// Pixels per module.
    pub scale: usize,
    /// Image width and height in pixels (`modules * scale`).
    pub size_px: usize,
}

/// A finished PNG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PngImage {
    pub bytes: Vec<u8>,
    pub layout: PngLayout,
}

/// Works out scale and real size for a requested size in pixels (1..=4096).
pub fn png_layout(
    matrix_width: usize,
    quiet_zone: u8,
    requested_px: u32,
) -> Result<PngLayout, QrError> {
    if requested_px == 0 || requested_px > MAX_PNG_SIZE {
        return Err(QrError::PngSize(requested_px));
    }
    let modules = matrix_width + 2 * usize::from(quiet_zone.min(MAX_QUIET_ZONE));
    let scale = (requested_px as usize / modules.max(1)).max(1);
    Ok(PngLayout {
        modules,
        scale,
        size_px: modules * scale,
    })
}

/// Renders the matrix as a PNG of (at most) `requested_px` pixels square.
pub fn render_png(
    matrix: &QrMatrix,
    quiet_zone: u8,
    requested_px: u32,
    dark: Rgb,
    light: Rgb,
) -> Result<PngImage, QrError> {
    let layout = png_layout(matrix.width(), quiet_zone, requested_px)?;
    let qz = usize::from(quiet_zone.min(MAX_QUIET_ZONE));
    let side = layout.size_px;
    let row_bytes = side.div_ceil(8);
    let mut raw = Vec::with_capacity(side * (row_bytes + 1));
    let mut row = vec![0u8; row_bytes];
    for my in 0..layout.modules {
        row.iter_mut().for_each(|b| *b = 0);
        for mx in 0..layout.modules {
            if matrix.is_dark_with_quiet_zone(mx, my, qz) {
                for px in mx * layout.scale..(mx + 1) * layout.scale {
                    row[px / 8] |= 0x80 >> (px % 8);
                }
            }
        }
        for _ in 0..layout.scale {
            raw.push(0); // filter type None
            raw.extend_from_slice(&row);
        }
    }
    let bytes = encode_indexed(side as u32, side as u32, 1, &[light, dark], &raw);
    Ok(PngImage { bytes, layout })
}

/// Writes a PNG of indexed colour from already filtered scanlines (`raw`: each row a filter
/// byte then the packed pixels). `bit_depth` is 1, 2, 4 or 8 and must suit the palette.
pub fn encode_indexed(
    width: u32,
    height: u32,
    bit_depth: u8,
    palette: &[Rgb],
    raw: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / STORED_BLOCK_MAX * 5 + 128);
    out.extend_from_slice(&PNG_SIGNATURE);

    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    // bit depth, colour type 3 (indexed), compression 0, filter 0, interlace 0
    ihdr.extend_from_slice(&[bit_depth, 3, 0, 0, 0]);
    write_chunk(&mut out, b"IHDR", &ihdr);

    let plte: Vec<u8> = palette.iter().flat_map(|c| [c.r, c.g, c.b]).collect();
    write_chunk(&mut out, b"PLTE", &plte);
    write_chunk(&mut out, b"IDAT", &zlib_stored(raw));
    write_chunk(&mut out, b"IEND", &[]);
    out
}

fn write_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut h = crc32fast::Hasher::new();
    h.update(kind);
    h.update(data);
    out.extend_from_slice(&h.finalize().to_be_bytes());
}

/// A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4).
pub fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let blocks = data.len().div_ceil(STORED_BLOCK_MAX).max(1);
    let mut out = Vec::with_capacity(data.len() + blocks * 5 + 6);
    // CMF: deflate, 32K window; FLG: no dictionary, level 0, check bits make it divisible by 31.
    out.extend_from_slice(&[0x78, 0x01]);
    let mut chunks = data.chunks(STORED_BLOCK_MAX).peekable();
    if chunks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xFF, 0xFF]);
    }
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        let len = chunk.len() as u16;
        out.push(u8::from(last)); // BFINAL, BTYPE = 00 (stored), padding to the byte
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

/// Adler-32 (RFC 1950).
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    // 5552 is the most bytes that can be summed before the u32 sums may overflow.
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adler32_known_values() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        // Long input exercises the modulo batching.
        let long = vec![0xFFu8; 100_000];
        let (mut a, mut b) = (1u64, 0u64);
        for &x in &long {
            a = (a + u64::from(x)) % 65_521;
            b = (b + a) % 65_521;
        }
        assert_eq!(adler32(&long), ((b << 16) | a) as u32);
    }

    #[test]
    fn zlib_stored_splits_blocks() {
        let data = vec![7u8; 65_535 * 2 + 10];
        let z = zlib_stored(&data);
        assert_eq!(&z[..2], &[0x78, 0x01]);
        assert_eq!((u16::from(z[0]) << 8 | u16::from(z[1])) % 31, 0);
        assert_eq!(z.len(), 2 + 3 * 5 + data.len() + 4);
        assert_eq!(z[2], 0); // first block not final
        assert_eq!(&z[3..7], &[0xFF, 0xFF, 0x00, 0x00]);
        let third = 2 + 2 * (5 + 65_535);
        assert_eq!(z[third], 1);
        assert_eq!(&z[third + 1..third + 5], &[10, 0, 0xF5, 0xFF]);
        // Empty input: one empty final block.
        assert_eq!(
            zlib_stored(&[]),
            [0x78, 0x01, 1, 0, 0, 0xFF, 0xFF, 0, 0, 0, 1]
        );
    }

    #[test]
    fn layout_picks_largest_whole_scale() {
        // 21 + 8 = 29 modules.
        assert_eq!(
            png_layout(21, 4, 300).unwrap(),
            PngLayout {
                modules: 29,
                scale: 10,
                size_px: 290
            }
        );
        assert_eq!(png_layout(21, 4, 29).unwrap().scale, 1);
        assert_eq!(png_layout(21, 4, 10).unwrap().size_px, 29);
        assert_eq!(png_layout(21, 0, 4096).unwrap().scale, 195);
        assert!(png_layout(21, 4, 0).is_err());
        assert!(png_layout(21, 4, MAX_PNG_SIZE + 1).is_err());
    }
}
