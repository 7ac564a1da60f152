//! Just enough PNG decoding (8-bit RGB or RGBA, not interlaced: what Chromium writes) to tell a
//! real screenshot from a blank one.

use std::collections::HashMap;
use std::io::Read;

/// A decoded image: RGBA pixels packed in u32.
pub struct Image {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Pixels, row by row.
    pub pixels: Vec<u32>,
}

impl Image {
    /// Distinct colours.
    pub fn colours(&self) -> usize {
        let mut seen: HashMap<u32, ()> = HashMap::new();
        for p in &self.pixels {
            seen.insert(*p, ());
        }
        seen.len()
    }

    /// Share of the pixels that have the most common colour.
    pub fn dominant_share(&self) -> f64 {
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for p in &self.pixels {
            *counts.entry(*p).or_default() += 1;
        }
        counts.values().copied().max().unwrap_or(0) as f64 / self.pixels.len().max(1) as f64
    }
}

/// Decodes a PNG.
pub fn decode(data: &[u8]) -> Result<Image, String> {
    if !data.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err("not a PNG".into());
    }
    let mut pos = 8;
    let (mut width, mut height, mut channels) = (0usize, 0usize, 0usize);
    let mut idat = Vec::new();
    while pos + 8 <= data.len() {
        let len = u32::from_be_bytes(data[pos..pos + 4].try_into().unwrap()) as usize;
        let kind = &data[pos + 4..pos + 8];
        let body = data.get(pos + 8..pos + 8 + len).ok_or("truncated chunk")?;
        match kind {
            b"IHDR" => {
                width = u32::from_be_bytes(body[0..4].try_into().unwrap()) as usize;
                height = u32::from_be_bytes(body[4..8].try_into().unwrap()) as usize;
                let (depth, colour, interlace) = (body[8], body[9], body[12]);
                channels = match colour {
                    2 => 3,
                    6 => 4,
                    c => return Err(format!("colour type {c} not handled")),
                };
                if depth != 8 || interlace != 0 {
                    return Err(format!(
                        "bit depth {depth} / interlace {interlace} not handled"
                    ));
                }
            }
            b"IDAT" => idat.extend_from_slice(body),
            b"IEND" => break,
            _ => {}
        }
        pos += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..])
        .read_to_end(&mut raw)
        .map_err(|e| format!("inflate: {e}"))?;
    let stride = width * channels;
    if raw.len() < height * (stride + 1) {
        return Err("short image data".into());
    }
    let mut prev = vec![0u8; stride];
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        let line = &raw[y * (stride + 1)..(y + 1) * (stride + 1)];
        let filter = line[0];
        let mut cur = line[1..].to_vec();
        for i in 0..stride {
            let a = if i >= channels {
                cur[i - channels] as i32
            } else {
                0
            };
            let b = prev[i] as i32;
            let c = if i >= channels {
                prev[i - channels] as i32
            } else {
                0
            };
            let add = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => {
                    let p = a + b - c;
                    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => return Err(format!("bad filter {f}")),
            };
            cur[i] = cur[i].wrapping_add(add as u8);
        }
        for px in cur.chunks(channels) {
            let alpha = if channels == 4 { px[3] } else { 255 };
            pixels.push(u32::from_be_bytes([px[0], px[1], px[2], alpha]));
        }
        prev = cur;
    }
    Ok(Image {
        width,
        height,
        pixels,
    })
}
