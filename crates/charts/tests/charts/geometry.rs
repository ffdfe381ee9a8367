//! The pointer-to-month mapping against the pixels `draw` uses.

use relief_charts::{
    ChartInput, ChartKind, ChartStyle, Theme, month_at_x, month_ticks, plot_area_geometry,
    render_svg,
};

use crate::common::{elements, projection, with};

#[test]
fn month_at_x_inverts_the_month_positions() {
    for theme in Theme::ALL {
        for scale in [1.0, 1.5, 2.0, 3.0] {
            for (w, h) in [(320, 160), (480, 240), (900, 300)] {
                let style = ChartStyle::canvas(scale, theme);
                let (w, h) = ((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32);
                for horizon in [6, 12, 48, 120, 240] {
                    let area = plot_area_geometry(ChartKind::Trust, w, h, &style);
                    // Rounding to whole pixels moves a month by up to half a pixel, so the
                    // mapping is exact from just over one pixel per month, and tolerates a
                    // pointer 0.4 px off from two.
                    let per_month = f64::from(area.width()) / f64::from(horizon);
                    if per_month <= 1.0 {
                        continue;
                    }
                    let offsets: &[f64] = if per_month >= 2.0 {
                        &[-0.4, 0.0, 0.4]
                    } else {
                        &[0.0]
                    };
                    for m in 0..=horizon {
                        let x = area.x_of_month(f64::from(m), horizon).round();
                        for &dx in offsets {
                            assert_eq!(
                                month_at_x(ChartKind::Trust, w, h, &style, horizon, x + dx),
                                Some(m),
                                "{theme:?} ×{scale} {w}×{h} horizon {horizon} month {m}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn month_at_x_is_none_off_the_plot() {
    let style = ChartStyle::canvas(2.0, Theme::Light);
    let area = plot_area_geometry(ChartKind::Risk, 800, 400, &style);
    let at = |x: f64| month_at_x(ChartKind::Risk, 800, 400, &style, 48, x);
    assert_eq!(at(f64::from(area.left) - 2.0), None);
    assert_eq!(at(f64::from(area.right) + 2.0), None);
    assert_eq!(at(f64::NAN), None);
    assert_eq!(at(f64::from(area.left)), Some(0));
    assert_eq!(at(f64::from(area.right)), Some(48));
    assert_eq!(at(f64::from(area.left + area.right) / 2.0), Some(24));
    assert_eq!(
        month_at_x(ChartKind::Risk, 10, 10, &style, 48, 5.0),
        None,
        "no plot, no month"
    );
}

#[test]
fn the_geometry_is_what_draw_uses() {
    // The month labels are centred on the months' x, and the value axis is at `left`.
    let p = projection(48);
    for scale in [1.0, 2.0] {
        for kind in ChartKind::ALL {
            let style = ChartStyle::svg(scale, Theme::Light);
            let (w, h) = ((500.0 * scale) as u32, (250.0 * scale) as u32);
            let area = plot_area_geometry(kind, w, h, &style);
            let els = elements(&render_svg(kind, &ChartInput::new(&p), &style, w, h).unwrap());
            for m in month_ticks(&area, 48, &style) {
                let label = els
                    .iter()
                    .find(|e| {
                        e.tag == "text"
                            && e.text == m.to_string()
                            && e.attr("text-anchor") == "middle"
                    })
                    .unwrap_or_else(|| panic!("label for month {m}"));
                assert_eq!(label.num("x"), area.x_of_month(f64::from(m), 48).round());
            }
            let axis = with(&els, "rect", "fill", &Theme::Light.palette().axis.hex());
            assert!(axis.iter().any(|r| r.num("x") <= f64::from(area.left)
                && r.num("x") + r.num("width") > f64::from(area.left)
                && r.num("height") >= f64::from(area.height())));
        }
    }
}

#[test]
fn ticks_are_whole_periods_and_not_crowded() {
    let style = ChartStyle::canvas(1.0, Theme::Light);
    let wide = plot_area_geometry(ChartKind::Trust, 900, 300, &style);
    let narrow = plot_area_geometry(ChartKind::Trust, 320, 160, &style);
    assert_eq!(
        month_ticks(&wide, 48, &style),
        vec![0, 6, 12, 18, 24, 30, 36, 42, 48]
    );
    assert_eq!(month_ticks(&narrow, 48, &style), vec![0, 12, 24, 36, 48]);
    assert_eq!(
        month_ticks(&wide, 240, &style),
        (0..=240).step_by(12).collect::<Vec<_>>()
    );
    assert_eq!(
        month_ticks(&narrow, 240, &style),
        (0..=240).step_by(60).collect::<Vec<_>>()
    );
    assert_eq!(month_ticks(&wide, 6, &style), (0..=6).collect::<Vec<_>>());
    for horizon in [6, 18, 48, 100, 240] {
        for area in [wide, narrow] {
            let ticks = month_ticks(&area, horizon, &style);
            let step =
                f64::from(ticks[1] - ticks[0]) * f64::from(area.width()) / f64::from(horizon);
            assert!(step >= 34.0, "horizon {horizon}: ticks {step} px apart");
        }
    }
}
