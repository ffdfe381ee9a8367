//! Files: one chart, one chart's figure (with its title, note and legend) or a whole sheet as
//! SVG, and (feature `png`) as PNG.
//!
//! A PNG is the SVG rasterized by resvg, with DejaVu Sans embedded in the binary. That way
//! a PNG needs no system fonts, looks exactly like the SVG export, and is anti-aliased.
//! (plotters' own bitmap backend would need either font-kit and the system's fonts, or a
//! second text path through ab_glyph whose metrics differ from the SVG's; and it fills
//! polygons, and so every line wider than a pixel, without anti-aliasing.)

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use crate::figure::{draw_figure, draw_tornado_figure, layout, tornado_layout};
use crate::sheet::draw_sheet;
use crate::style::BackendKind;
use crate::text::Caption;
use crate::{ChartError, ChartInput, ChartKind, ChartStyle, Tornado, draw_on_area};

fn svg_style(style: &ChartStyle) -> ChartStyle {
    ChartStyle {
        backend: BackendKind::Svg,
        ..style.clone()
    }
}

/// One chart as an SVG document `width` by `height` backend pixels. Text stays text
/// (`<text>` elements), so the SVG needs no font file and stays searchable.
pub fn render_svg(
    kind: ChartKind,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let style = svg_style(style);
    svg_document((width, height), |root| {
        draw_on_area(root, kind, input, &style)
    })
}

/// All six charts on one page, `width` by `height` backend pixels: the caption's title and
/// note, then a grid of three charts across and two down, each under its title, and a legend
/// along the bottom. For print and slides.
pub fn render_sheet_svg(
    caption: &Caption,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let style = svg_style(style);
    svg_document((width, height), |root| {
        draw_sheet(root, caption, input, &style)
    })
}

/// An SVG document `size` backend pixels, drawn by `draw`.
fn svg_document(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root)?;
        root.present().map_err(ChartError::backend)?;
    }
    Ok(out)
}

/// Chart `kind` as a figure for a file, as the page exports it: the chart `width` by `height`
/// backend pixels, under a title (the chart's name, then the caption's title) and the
/// caption's note, each wrapped to the width and cut after a few lines, and above the legend
/// the page shows beside the chart. The figure is as wide as the chart and as much taller as
/// its words need. The page allows charts of [`FIGURE_SIDE`](crate::FIGURE_SIDE) a side.
pub fn render_figure_svg(
    kind: ChartKind,
    input: &ChartInput,
    caption: &Caption,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let style = svg_style(style);
    let layout = layout(kind, input, caption, &style, (width, height));
    svg_document(layout.size, |root| {
        draw_figure(root, &layout, kind, input, &style)
    })
}

/// "What matters most?" as a figure for a file, `width` backend pixels wide: the caption's
/// title and note, each wrapped to the width, above the tornado and its legend. The figure is
/// as tall as its words and bars need.
pub fn render_tornado_svg(
    tornado: &Tornado,
    caption: &Caption,
    style: &ChartStyle,
    width: u32,
) -> Result<String, ChartError> {
    let style = svg_style(style);
    let layout = tornado_layout(tornado, caption, &style, width);
    svg_document(layout.size, |root| {
        draw_tornado_figure(root, &layout, tornado, &style)
    })
}

/// The tornado's figure as a PNG: [`render_tornado_svg`] rasterized.
#[cfg(feature = "png")]
pub fn render_tornado_png(
    tornado: &Tornado,
    caption: &Caption,
    style: &ChartStyle,
    width: u32,
) -> Result<Vec<u8>, ChartError> {
    png::rasterize(&render_tornado_svg(tornado, caption, style, width)?)
}

/// One chart as a PNG `width` by `height` pixels: [`render_svg`] rasterized.
#[cfg(feature = "png")]
pub fn render_png(
    kind: ChartKind,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ChartError> {
    png::rasterize(&render_svg(kind, input, style, width, height)?)
}

/// The sheet as a PNG `width` by `height` pixels: [`render_sheet_svg`] rasterized.
#[cfg(feature = "png")]
pub fn render_sheet_png(
    caption: &Caption,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ChartError> {
    png::rasterize(&render_sheet_svg(caption, input, style, width, height)?)
}

/// A chart's figure as a PNG: [`render_figure_svg`] rasterized, as wide as the chart and as
/// tall as the figure.
#[cfg(feature = "png")]
pub fn render_figure_png(
    kind: ChartKind,
    input: &ChartInput,
    caption: &Caption,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ChartError> {
    png::rasterize(&render_figure_svg(
        kind, input, caption, style, width, height,
    )?)
}

#[cfg(feature = "png")]
pub(crate) mod png {
    use std::sync::{Arc, OnceLock};

    use resvg::tiny_skia::{Pixmap, Transform};
    use resvg::usvg::{Options, Tree, fontdb};

    use crate::ChartError;

    /// The fonts every PNG is drawn with: DejaVu Sans, regular and bold, compiled in. It is
    /// registered as the generic sans-serif family, which is what the charts ask for.
    fn fonts() -> Arc<fontdb::Database> {
        static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let mut db = fontdb::Database::new();
                db.load_font_source(fontdb::Source::Binary(Arc::new(dejavu::sans::regular())));
                db.load_font_source(fontdb::Source::Binary(Arc::new(dejavu::sans::bold())));
                db.set_sans_serif_family("DejaVu Sans");
                Arc::new(db)
            })
            .clone()
    }

    /// How an SVG is read for rasterizing: with the fonts above.
    pub(crate) fn options() -> Options<'static> {
        Options {
            font_family: "DejaVu Sans".to_string(),
            fontdb: fonts(),
            ..Options::default()
        }
    }

    /// What each `<text>` of an SVG really takes, measured with these fonts (DejaVu Sans is
    /// wider than most): its words and its box, in the SVG's pixels.
    #[cfg(test)]
    pub(crate) fn measured_texts(svg: &str) -> Vec<(String, resvg::tiny_skia::Rect)> {
        use resvg::usvg::{Group, Node};
        fn walk(group: &Group, out: &mut Vec<(String, resvg::tiny_skia::Rect)>) {
            for node in group.children() {
                match node {
                    Node::Group(g) => walk(g, out),
                    Node::Text(t) => {
                        let words: String = t.chunks().iter().map(|c| c.text()).collect();
                        out.push((words, t.abs_bounding_box()));
                    }
                    _ => {}
                }
            }
        }
        let tree = Tree::from_str(svg, &options()).expect("the SVG reads");
        let mut out = Vec::new();
        walk(tree.root(), &mut out);
        out
    }

    /// The SVG as a PNG of the size it declares.
    pub(super) fn rasterize(svg: &str) -> Result<Vec<u8>, ChartError> {
        let options = options();
        let tree = Tree::from_str(svg, &options).map_err(|e| ChartError::Png(e.to_string()))?;
        let size = tree.size().to_int_size();
        let (width, height) = (size.width(), size.height());
        let mut pixmap = Pixmap::new(width, height)
            .ok_or_else(|| ChartError::Png(format!("cannot make a {width}\u{d7}{height} image")))?;
        resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| ChartError::Png(e.to_string()))
    }
}
