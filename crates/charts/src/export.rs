//! Native output: one chart or a whole sheet as SVG, and (feature `png`) as PNG.
//!
//! A PNG is the SVG rasterized by resvg, with DejaVu Sans embedded in the binary. That way
//! a PNG needs no system fonts, looks exactly like the SVG export, and is anti-aliased.
//! (plotters' own bitmap backend would need either font-kit and the system's fonts, or a
//! second text path through ab_glyph whose metrics differ from the SVG's; and it fills
//! polygons, and so every line wider than a pixel, without anti-aliasing.)

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Rectangle};
use plotters::prelude::{DrawingBackend, IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, ShapeStyle, TextStyle};

use crate::draw::{FONT_FAMILY, dashes, hazard_scale};
use crate::style::{BASELINE_DASH, BackendKind, OVERLAY_DASHES, Rgb};
use crate::{
    ChartError, ChartInput, ChartKind, ChartStyle, MarkerKind, TargetType, draw, draw_on_area,
};
use relief_model::Outcome;

/// A sheet's default size in CSS pixels: 16:9, for slides, and landscape A4 prints it well.
pub const SHEET_SIZE: (u32, u32) = (1600, 900);

/// The words on a sheet besides the charts' own titles.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sheet<'a> {
    /// The title line: usually the scenario's title.
    pub title: &'a str,
    /// A second line under the title: usually the one-paragraph summary, or the runs, seed
    /// and horizon. Empty for none.
    pub note: &'a str,
}

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
    let mut out = String::new();
    draw(
        SVGBackend::with_string(&mut out, (width, height)),
        kind,
        input,
        &svg_style(style),
    )?;
    Ok(out)
}

/// All six charts on one page, `width` by `height` backend pixels: the title line, then a
/// grid of three charts across and two down, each under its title, and a legend along the
/// bottom (which sheets may draw, being native). For print and slides.
pub fn render_sheet_svg(
    sheet: &Sheet,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let style = svg_style(style);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw_sheet(&root, sheet, input, &style)?;
        root.present().map_err(ChartError::backend)?;
    }
    Ok(out)
}

/// Type sizes and spacing of a sheet, in CSS pixels.
struct SheetMetrics {
    padding: f64,
    title_px: f64,
    note_px: f64,
    panel_title_px: f64,
    legend_px: f64,
    gap: f64,
}

const SHEET: SheetMetrics = SheetMetrics {
    padding: 24.0,
    title_px: 22.0,
    note_px: 14.0,
    panel_title_px: 15.0,
    legend_px: 13.0,
    gap: 18.0,
};

fn draw_sheet<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    sheet: &Sheet,
    input: &ChartInput,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    let palette = style.theme.palette();
    root.fill(&palette.background.to_plotters())
        .map_err(ChartError::backend)?;
    let px = |css: f64| style.px(css).round() as i32;
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (width as i32, height as i32);
    let pad = px(SHEET.padding);
    let mut y = pad;
    let line_width = f64::from(width - 2 * pad);
    let title = fit_lines(sheet.title, line_width / style.px(SHEET.title_px), 1);
    let note = fit_lines(sheet.note, line_width / style.px(SHEET.note_px), 2);
    for line in title {
        label(
            root,
            style,
            &line,
            (pad, y),
            SHEET.title_px,
            FontStyle::Bold,
        )?;
        y += px(SHEET.title_px * 1.4);
    }
    for line in note {
        label(
            root,
            style,
            &line,
            (pad, y),
            SHEET.note_px,
            FontStyle::Normal,
        )?;
        y += px(SHEET.note_px * 1.5);
    }
    y += px(SHEET.gap * 0.5);

    let columns = 3;
    let rows = 2;
    let gap = px(SHEET.gap);
    let entries = legend_entries(style, input);
    let legend_rows = entries.len().div_ceil(LEGEND_COLUMNS) as i32;
    let legend_h = px(SHEET.panel_title_px * 1.6) + legend_rows * px(SHEET.legend_px * 1.55);
    let cell_w = (width - 2 * pad - (columns - 1) * gap) / columns;
    let cell_h = (height - y - pad - legend_h - rows * gap) / rows;
    if cell_w <= 0 || cell_h <= 0 {
        return Ok(());
    }
    let title_h = px(SHEET.panel_title_px * 1.6);
    let cell = |i: i32| {
        (
            pad + (i % columns) * (cell_w + gap),
            y + (i / columns) * (cell_h + gap),
        )
    };
    for (i, kind) in ChartKind::ALL.into_iter().enumerate() {
        let (x0, y0) = cell(i as i32);
        let title = if kind == ChartKind::Risk {
            format!(
                "{} (bars: monthly hazard \u{d7} {})",
                kind.title(),
                hazard_scale(input.projection)
            )
        } else {
            kind.title().to_string()
        };
        label(
            root,
            style,
            &title,
            (x0, y0),
            SHEET.panel_title_px,
            FontStyle::Bold,
        )?;
        let panel = root.clone().shrink(
            (x0, y0 + title_h),
            (cell_w as u32, (cell_h - title_h).max(0) as u32),
        );
        draw_on_area(&panel, kind, input, style)?;
    }
    let (x0, y0) = (pad, y + rows * (cell_h + gap));
    legend(root, style, &entries, (x0, y0), (width - 2 * pad, legend_h))
}

/// The average advance of a character of DejaVu Sans, in ems (bold is wider, so this errs
/// toward a line that is short rather than cut off).
const AVERAGE_CHAR_EM: f64 = 0.62;

/// User text (titles, notes, team names) laid out in at most `max_lines` lines of about
/// `width_em` ems, broken at spaces, the last line ending in "…" when the text does not fit.
/// The width is estimated from an average character rather than measured, since a sheet,
/// like a chart, never measures text. Control characters become spaces: they are not
/// allowed in SVG.
fn fit_lines(text: &str, width_em: f64, max_lines: usize) -> Vec<String> {
    let max_chars = ((width_em / AVERAGE_CHAR_EM).floor() as usize).max(1);
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in clean.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines || lines.iter().any(|l| l.chars().count() > max_chars) {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("at least one line");
        let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
        *last = format!("{}\u{2026}", kept.trim_end());
        for l in lines.iter_mut() {
            if l.chars().count() > max_chars {
                *l = format!(
                    "{}\u{2026}",
                    l.chars().take(max_chars - 1).collect::<String>()
                );
            }
        }
    }
    lines
}

fn label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    text: &str,
    at: (i32, i32),
    css_px: f64,
    weight: FontStyle,
) -> Result<(), ChartError> {
    let font = FontDesc::new(
        FontFamily::Name(FONT_FAMILY),
        style.font_size(css_px),
        weight,
    );
    let colour = style.theme.palette().text.to_plotters();
    let text_style = TextStyle::from(font)
        .color(&colour)
        .pos(Pos::new(HPos::Left, VPos::Top));
    area.draw_text(text, &text_style, at)
        .map_err(ChartError::backend)
}

/// Legend entries a sheet's legend lays out across.
const LEGEND_COLUMNS: usize = 4;

/// What a sheet's legend lists: the lines, bands, outcome shares, markers and overlays drawn.
fn legend_entries(style: &ChartStyle, input: &ChartInput) -> Vec<(Swatch, String)> {
    let palette = style.theme.palette();
    let metrics = style.theme.metrics();
    let p = input.projection;
    let median = |colour| Swatch::Line(colour, &[], metrics.median_width);
    let mut entries: Vec<(Swatch, String)> = Vec::new();
    let types = TargetType::present(p);
    if types.is_empty() {
        entries.push((median(palette.trust), "Trust in the target (median)".into()));
    }
    for t in types {
        let words = format!("{} (median)", t.label());
        entries.push((median(palette.target_type(t)), words));
    }
    entries.extend([
        (
            median(palette.target_trust),
            "Target's trust (median)".into(),
        ),
        (
            Swatch::Band(
                palette.axis,
                palette.inner_band_alpha + palette.outer_band_alpha,
            ),
            "Middle half of runs (p25\u{2013}p75)".into(),
        ),
        (
            Swatch::Band(palette.axis, palette.outer_band_alpha),
            "Middle 80% of runs (p10\u{2013}p90)".into(),
        ),
    ]);
    if p.outcomes.is_some() {
        for outcome in Outcome::ALL {
            entries.push((
                Swatch::Band(palette.outcome(outcome), 1.0),
                outcome.label().into(),
            ));
        }
    }
    if input.baseline.is_some() {
        entries.push((
            Swatch::Line(palette.baseline, BASELINE_DASH, metrics.baseline_width),
            "Baseline (median)".into(),
        ));
    }
    for kind in MarkerKind::ALL {
        if input.markers.iter().any(|m| m.kind == kind) {
            entries.push((Swatch::Marker(palette.marker(kind)), kind.label().into()));
        }
    }
    for (i, overlay) in input.overlays.iter().enumerate() {
        entries.push((
            Swatch::Line(
                palette.overlays[i],
                OVERLAY_DASHES[i],
                metrics.overlay_width,
            ),
            overlay.name.to_string(),
        ));
    }
    entries
}

/// The sheet's legend, `entries` in rows of [`LEGEND_COLUMNS`] under its heading: each a
/// swatch and its words, so no text ever has to be measured.
fn legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    entries: &[(Swatch, String)],
    (x0, y0): (i32, i32),
    (w, _h): (i32, i32),
) -> Result<(), ChartError> {
    let palette = style.theme.palette();
    let px = |css: f64| style.px(css).round() as i32;
    let row = px(SHEET.legend_px * 1.55);
    let swatch_len = px(28.0);
    let text_x = swatch_len + px(8.0);
    label(
        root,
        style,
        "Legend",
        (x0, y0),
        SHEET.panel_title_px,
        FontStyle::Bold,
    )?;
    let top = y0 + px(SHEET.panel_title_px * 1.6);
    let column_w = w / LEGEND_COLUMNS as i32;
    for (i, (swatch, words)) in entries.iter().enumerate() {
        let x = x0 + (i % LEGEND_COLUMNS) as i32 * column_w;
        let y = top + (i / LEGEND_COLUMNS) as i32 * row;
        let mid = y + row / 2;
        swatch.draw(root, style, (x, mid), swatch_len)?;
        let font = FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            style.font_size(SHEET.legend_px),
            FontStyle::Normal,
        );
        let colour = palette.text.to_plotters();
        let text_style = TextStyle::from(font)
            .color(&colour)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let room_em = f64::from(column_w - text_x - px(6.0)) / style.px(SHEET.legend_px);
        let words = fit_lines(words, room_em, 1).concat();
        root.draw_text(&words, &text_style, (x + text_x, mid))
            .map_err(ChartError::backend)?;
    }
    Ok(())
}

/// A legend's sample of what a line, band or marker looks like.
enum Swatch {
    Line(Rgb, &'static [f64], f64),
    Band(Rgb, f64),
    Marker(Rgb),
}

impl Swatch {
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
        (x, mid): (i32, i32),
        w: i32,
    ) -> Result<(), ChartError> {
        let px = |css: f64| style.px(css).round() as i32;
        match *self {
            Swatch::Line(colour, dash, width) => {
                let line = ShapeStyle {
                    color: colour.to_plotters().to_rgba(),
                    filled: false,
                    stroke_width: style.stroke(width),
                };
                let pattern: Vec<f64> = dash.iter().map(|&d| style.px(d)).collect();
                let points = [
                    (f64::from(x), f64::from(mid)),
                    (f64::from(x + w), f64::from(mid)),
                ];
                for piece in dashes(&points, &pattern) {
                    area.draw(&PathElement::new(piece, line))
                        .map_err(ChartError::backend)?;
                }
                Ok(())
            }
            Swatch::Band(colour, alpha) => {
                let h = px(6.0);
                area.draw(&Rectangle::new(
                    [(x, mid - h), (x + w, mid + h)],
                    colour.to_plotters().mix(alpha.min(1.0)).filled(),
                ))
                .map_err(ChartError::backend)
            }
            Swatch::Marker(colour) => {
                let m = style.theme.metrics();
                let (mw, mh) = (px(m.marker_width), px(m.marker_height));
                let cx = x + w / 2;
                area.draw(&Rectangle::new(
                    [
                        (cx - mw / 2, mid - mh / 2),
                        (cx - mw / 2 + mw, mid - mh / 2 + mh),
                    ],
                    colour.to_plotters().filled(),
                ))
                .map_err(ChartError::backend)
            }
        }
    }
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
    png::rasterize(
        &render_svg(kind, input, style, width, height)?,
        width,
        height,
    )
}

/// The sheet as a PNG `width` by `height` pixels: [`render_sheet_svg`] rasterized.
#[cfg(feature = "png")]
pub fn render_sheet_png(
    sheet: &Sheet,
    input: &ChartInput,
    style: &ChartStyle,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ChartError> {
    png::rasterize(
        &render_sheet_svg(sheet, input, style, width, height)?,
        width,
        height,
    )
}

#[cfg(feature = "png")]
mod png {
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

    pub(super) fn rasterize(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
        let options = Options {
            font_family: "DejaVu Sans".to_string(),
            fontdb: fonts(),
            ..Options::default()
        };
        let tree = Tree::from_str(svg, &options).map_err(|e| ChartError::Png(e.to_string()))?;
        let mut pixmap = Pixmap::new(width, height)
            .ok_or_else(|| ChartError::Png(format!("cannot make a {width}\u{d7}{height} image")))?;
        resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| ChartError::Png(e.to_string()))
    }
}
