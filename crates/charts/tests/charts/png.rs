//! PNG output: a real PNG of the size asked for.

use relief_charts::{
    Caption, ChartInput, ChartKind, ChartStyle, Theme, render_png, render_sheet_png,
};

use crate::common::projection;

/// The width and height in a PNG's header, after checking its signature and first chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&png[12..16], b"IHDR", "the first chunk is the header");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn a_chart_png_has_the_size_asked_for() {
    let p = projection(48);
    for kind in ChartKind::ALL {
        for (w, h) in [(400, 200), (800, 400)] {
            let png = render_png(
                kind,
                &ChartInput::new(&p),
                &ChartStyle::svg(1.0, Theme::Light),
                w,
                h,
            )
            .unwrap();
            assert_eq!(png_size(&png), (w, h), "{kind:?}");
            assert_eq!(
                &png[png.len() - 8..png.len() - 4],
                b"IEND",
                "the file is complete"
            );
        }
    }
}

#[test]
fn a_sheet_png_has_the_size_asked_for_and_more_ink_than_a_blank_page() {
    let p = projection(48);
    let caption = Caption {
        title: "A title",
        note: "",
    };
    let png = render_sheet_png(
        &caption,
        &ChartInput::new(&p),
        &ChartStyle::default(),
        1200,
        700,
    )
    .unwrap();
    assert_eq!(png_size(&png), (1200, 700));
    let blank = render_png(
        ChartKind::Trust,
        &ChartInput::new(&p),
        &ChartStyle::default(),
        30,
        20,
    )
    .unwrap();
    assert!(
        png.len() > 20 * blank.len(),
        "the sheet has content ({} bytes)",
        png.len()
    );
}
