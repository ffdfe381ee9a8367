//! QR codes of links: a shared scenario's, and the workshop's exercises and hand-backs. The
//! explorer's files (a projection, a chart) are in `export`.

use qrcode::{EcLevel, QrCode};
use wasm_bindgen::prelude::*;

/// The most bytes a QR code holds: version 40 at the lowest error correction, in byte mode.
pub const QR_MAX_BYTES: usize = 2953;

/// A QR code of `text`: the number of modules on a side and whether each is dark, row by row.
///
/// The lowest error correction is used: the code is shown on a screen or a projector, where
/// nothing smudges it, and the fewer modules a code has, the larger each one is and the farther
/// away a phone can read it. Fails with a sentence a reader can act on when `text` does not fit.
pub fn qr_modules(text: &str) -> Result<(usize, Vec<bool>), String> {
    let code = encode(text)?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// Encodes `text` as bytes in the smallest version that holds it. Byte mode alone is what a
/// link needs, and skipping the crate's search for the best mix of modes keeps the module small.
fn encode(text: &str) -> Result<QrCode, String> {
    for version in 1..=40 {
        let mut bits = qrcode::bits::Bits::new(qrcode::Version::Normal(version));
        if bits.push_byte_data(text.as_bytes()).is_ok()
            && bits.push_terminator(EcLevel::L).is_ok()
            && let Ok(code) = QrCode::with_bits(bits, EcLevel::L)
        {
            return Ok(code);
        }
    }
    Err(format!(
        "this link is too long for a QR code: it has {} characters and a QR code holds at most {QR_MAX_BYTES}. Share the link itself, or shorten the scenario's description",
        text.len()
    ))
}

/// The quiet zone around a QR code, in modules: four, as the standard asks.
const QUIET_ZONE: usize = 4;

/// A QR code as an SVG document: one path of dark runs, black on a white square, one unit per
/// module, with `crispEdges` so it stays sharp at any size.
fn qr_svg(side: usize, dark: &[bool]) -> String {
    use std::fmt::Write;
    let full = side + 2 * QUIET_ZONE;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 {full} {full}" shape-rendering="crispEdges"><rect width="{full}" height="{full}" fill="#ffffff"/><path fill="#000000" d=""##,
        px = full * 8
    );
    for y in 0..side {
        let mut x = 0;
        while x < side {
            if !dark[y * side + x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < side && dark[y * side + x] {
                x += 1;
            }
            let _ = write!(
                svg,
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    svg.push_str(r#""/></svg>"#);
    svg
}

/// A QR code of `text` (a scenario's link) as `{svg, modules}`: an SVG document, black on
/// white with the standard quiet zone of four modules, and the number of modules on a side
/// (the fewer, the farther away it can be read). Throws when the text is too long for any QR
/// code, saying so.
#[wasm_bindgen]
pub fn qr_code(text: &str) -> Result<JsValue, JsError> {
    let (side, dark) = qr_modules(text).map_err(|e| JsError::new(&e))?;
    Ok(crate::to_js(
        &serde_json::json!({ "svg": qr_svg(side, &dark), "modules": side }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The QR code of a real scenario link reads back as that link: encoding through the
    /// crate that draws the page's code, decoding with an independent reader.
    #[test]
    fn a_qr_code_reads_back_as_the_link() {
        for name in ["phased-and-verified", "iran-2013"] {
            let scenario = relief_model::preset(name).unwrap().scenario;
            let link = format!(
                "https://example.org/relief/#{}",
                relief_model::scenario_to_link(&scenario)
            );
            let (side, dark) = qr_modules(&link).unwrap();
            // Four light modules of quiet zone around, three pixels a module.
            let scale = 3;
            let full = (side + 8) * scale;
            let image = rqrr::PreparedImage::prepare_from_greyscale(full, full, |x, y| {
                let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
                let inside = mx >= 0 && my >= 0 && (mx as usize) < side && (my as usize) < side;
                if inside && dark[my as usize * side + mx as usize] {
                    0
                } else {
                    255
                }
            });
            let mut image = image;
            let grids = image.detect_grids();
            assert_eq!(grids.len(), 1, "{name}");
            let (_, text) = grids[0].decode().unwrap();
            assert_eq!(text, link, "{name}");
        }
    }

    #[test]
    fn a_qr_svg_has_a_quiet_zone_and_one_run_per_dark_stretch() {
        let dark = [true, true, false, false, true, false, true, true, true];
        let svg = qr_svg(3, &dark);
        assert!(svg.contains(r#"viewBox="0 0 11 11""#), "{svg}");
        assert!(
            svg.contains(r#"d="M4 4h2v1h-2zM5 5h1v1h-1zM4 6h3v1h-3z""#),
            "{svg}"
        );
    }

    #[test]
    fn a_link_too_long_for_any_qr_code_says_so() {
        let long = "x".repeat(QR_MAX_BYTES + 1);
        let message = qr_modules(&long).unwrap_err();
        assert!(
            message.starts_with("this link is too long for a QR code"),
            "{message}"
        );
        assert!(
            message.contains(&format!("{} characters", QR_MAX_BYTES + 1)),
            "{message}"
        );
        assert!(qr_modules(&"x".repeat(QR_MAX_BYTES)).is_ok());
    }
}
