//! Each chart's structure, read back from its SVG.

use relief_charts::{
    ChartInput, ChartKind, ChartStyle, MAX_OVERLAYS, Marker, MarkerKind, Overlay, TargetType,
    Theme, plot_area_geometry, render_svg,
};
use relief_model::{Outcome, Projection, Series};

use crate::common::{Element, elements, flat, projection, texts, with, with_types_and_outcomes};

const W: u32 = 600;
const H: u32 = 300;

fn style() -> ChartStyle {
    ChartStyle::svg(1.0, Theme::Light)
}

fn svg(kind: ChartKind, input: &ChartInput) -> Vec<Element> {
    elements(&render_svg(kind, input, &style(), W, H).expect("renders"))
}

fn palette() -> &'static relief_charts::Palette {
    Theme::Light.palette()
}

/// Solid polylines (the current projection's medians) in a colour.
fn solid_lines<'a>(els: &'a [Element], hex: &str) -> Vec<&'a Element> {
    with(els, "polyline", "stroke", hex)
        .into_iter()
        .filter(|e| e.points().len() > 2)
        .collect()
}

#[test]
fn every_chart_draws_bands_and_medians_in_its_colours() {
    let p = projection(48);
    let input = ChartInput::new(&p);
    for kind in ChartKind::ALL {
        let els = svg(kind, &input);
        if kind == ChartKind::Risk {
            let line = solid_lines(&els, &palette().risk.hex());
            assert_eq!(line.len(), 1, "{kind:?}: one risk line");
            assert_eq!(line[0].points().len(), 49, "{kind:?}: one point per month");
            continue;
        }
        for &series in kind.series() {
            let hex = palette().series(series).hex();
            let medians = solid_lines(&els, &hex);
            assert_eq!(
                medians.len(),
                1,
                "{kind:?}/{series:?}: one median line in {hex}"
            );
            assert_eq!(
                medians[0].points().len(),
                49,
                "{kind:?}: one point per month"
            );
            let bands = with(&els, "polygon", "fill", &hex);
            assert_eq!(
                bands.len(),
                2,
                "{kind:?}/{series:?}: an outer and an inner band"
            );
            assert_eq!(
                bands[0].points().len(),
                98,
                "a band goes out along one edge and back"
            );
            assert!(
                bands[0].num("opacity") < bands[1].num("opacity"),
                "the p10-p90 band is lighter than the p25-p75 band"
            );
        }
    }
}

#[test]
fn the_trust_chart_has_two_series_in_distinct_colours() {
    let p = projection(48);
    let els = svg(ChartKind::Trust, &ChartInput::new(&p));
    let a = palette().series(Series::Trust).hex();
    let b = palette().series(Series::TargetTrust).hex();
    assert_ne!(a, b);
    assert_eq!(solid_lines(&els, &a).len(), 1);
    assert_eq!(solid_lines(&els, &b).len(), 1);
    assert_eq!(els.iter().filter(|e| e.tag == "polygon").count(), 4);
}

#[test]
fn the_median_follows_the_data() {
    // A median of 0.5 everywhere sits exactly half-way up the plot.
    let p = flat(24, 0.5);
    let els = svg(ChartKind::Economy, &ChartInput::new(&p));
    let area = plot_area_geometry(ChartKind::Economy, W, H, &style());
    let line = solid_lines(&els, &palette().economy.hex());
    let mid = (area.y_of_value(0.5)).round() as i32;
    assert!(line[0].points().iter().all(|&(_, y)| y == mid));
    assert_eq!(line[0].points().first().unwrap().0, area.left);
    assert_eq!(line[0].points().last().unwrap().0, area.right);
}

#[test]
fn axis_labels_are_text() {
    let p = projection(48);
    let els = svg(ChartKind::Trust, &ChartInput::new(&p));
    let t = texts(&els);
    for label in ["0", "0.25", "0.5", "0.75", "1", "12", "24", "36", "48"] {
        assert!(
            t.iter().any(|s| s == label),
            "label {label} missing from {t:?}"
        );
    }
    let els = svg(ChartKind::Risk, &ChartInput::new(&p));
    let t = texts(&els);
    for label in ["0%", "25%", "50%", "75%", "100%"] {
        assert!(
            t.iter().any(|s| s == label),
            "label {label} missing from {t:?}"
        );
    }
    // No titles or legends: the page writes them in HTML.
    assert!(!t.iter().any(|s| s.contains("Trust")));
}

#[test]
fn hazard_bars_one_per_month_with_hazard() {
    let p = projection(48);
    let els = svg(ChartKind::Risk, &ChartInput::new(&p));
    let bars: Vec<_> = with(&els, "rect", "fill", &palette().risk.hex())
        .into_iter()
        .filter(|e| e.num("opacity") < 1.0)
        .collect();
    let months_with_hazard = p.hazard.iter().filter(|&&h| h > 0.0).count();
    assert_eq!(bars.len(), months_with_hazard);
    // The tallest bar (month 20) is at most 30% of the plot's height.
    let area = plot_area_geometry(ChartKind::Risk, W, H, &style());
    let tallest = bars.iter().map(|b| b.num("height")).fold(0.0, f64::max);
    assert!(
        tallest <= 0.3 * f64::from(area.height()) + 1.0,
        "tallest bar {tallest}"
    );
    assert!(
        tallest >= 0.1 * f64::from(area.height()),
        "bars are magnified to be seen: {tallest}"
    );
}

#[test]
fn one_marker_per_distinct_month_and_kind_within_the_horizon() {
    let p = projection(48);
    let markers = [
        Marker {
            month: 0,
            kind: MarkerKind::Relief,
        },
        Marker {
            month: 2,
            kind: MarkerKind::Reform,
        },
        Marker {
            month: 6,
            kind: MarkerKind::Relief,
        },
        Marker {
            month: 6,
            kind: MarkerKind::Relief,
        },
        Marker {
            month: 6,
            kind: MarkerKind::Confidence,
        },
        Marker {
            month: 20,
            kind: MarkerKind::Shock,
        },
        Marker {
            month: 60,
            kind: MarkerKind::Shock,
        },
    ];
    let input = ChartInput {
        markers: &markers,
        ..ChartInput::new(&p)
    };
    let els = svg(ChartKind::Trust, &input);
    let count = |kind: MarkerKind| {
        with(&els, "rect", "fill", &palette().marker(kind).hex())
            .into_iter()
            .filter(|e| e.num("opacity") == 1.0)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(count(MarkerKind::Relief).len(), 2);
    assert_eq!(count(MarkerKind::Reform).len(), 1);
    assert_eq!(count(MarkerKind::Confidence).len(), 1);
    assert_eq!(
        count(MarkerKind::Shock).len(),
        1,
        "the marker past the horizon is not drawn"
    );
    // Two kinds in month 6 stack: the confidence tick sits on top of the relief tick.
    let relief6 = count(MarkerKind::Relief)
        .into_iter()
        .max_by_key(|e| e.num("x") as i64)
        .unwrap();
    let conf6 = &count(MarkerKind::Confidence)[0];
    assert_eq!(relief6.num("x"), conf6.num("x"));
    assert_eq!(conf6.num("y") + conf6.num("height"), relief6.num("y"));
    // Markers sit on the bottom of the plot area.
    let area = plot_area_geometry(ChartKind::Trust, W, H, &style());
    assert_eq!(
        relief6.num("y") + relief6.num("height"),
        f64::from(area.bottom)
    );
    let without = svg(ChartKind::Trust, &ChartInput::new(&p));
    assert!(
        with(
            &without,
            "rect",
            "fill",
            &palette().marker(MarkerKind::Shock).hex()
        )
        .is_empty()
    );
}

#[test]
fn the_baseline_is_drawn_only_when_given() {
    let p = projection(48);
    let base = flat(48, 0.4);
    let grey = palette().baseline.hex();
    for kind in ChartKind::ALL {
        let without = svg(kind, &ChartInput::new(&p));
        assert!(
            with(&without, "polyline", "stroke", &grey).is_empty(),
            "{kind:?}"
        );
        let with_base = svg(
            kind,
            &ChartInput {
                baseline: Some(&base),
                ..ChartInput::new(&p)
            },
        );
        let dashes = with(&with_base, "polyline", "stroke", &grey);
        if !kind.compares() {
            assert!(dashes.is_empty(), "{kind:?} draws no baseline");
            continue;
        }
        assert!(
            dashes.len() > 5,
            "{kind:?}: the baseline is dashed, got {}",
            dashes.len()
        );
        // Medians only: the baseline adds no band.
        let polygons = |els: &[Element]| els.iter().filter(|e| e.tag == "polygon").count();
        assert_eq!(polygons(&without), polygons(&with_base), "{kind:?}");
    }
}

#[test]
fn play_mode_stops_the_current_series_at_its_month() {
    let p = projection(48);
    let base = flat(48, 0.4);
    let input = ChartInput {
        up_to_month: Some(12),
        baseline: Some(&base),
        ..ChartInput::new(&p)
    };
    let area = plot_area_geometry(ChartKind::Trust, W, H, &style());
    let x12 = area.x_of_month(12.0, 48).round() as i32;
    let els = svg(ChartKind::Trust, &input);
    let line = &solid_lines(&els, &palette().trust.hex())[0];
    assert_eq!(line.points().len(), 13);
    assert_eq!(line.points().last().unwrap().0, x12);
    for band in with(&els, "polygon", "fill", &palette().trust.hex()) {
        assert!(band.points().iter().all(|&(x, _)| x <= x12));
    }
    // The baseline is context and runs to the horizon.
    let reach = with(&els, "polyline", "stroke", &palette().baseline.hex())
        .iter()
        .flat_map(|e| e.points())
        .map(|(x, _)| x)
        .max()
        .unwrap();
    assert!(reach > x12 + 100);

    let els = svg(ChartKind::Risk, &input);
    let risk = &solid_lines(&els, &palette().risk.hex())[0];
    assert_eq!(risk.points().len(), 13);
    let bars = with(&els, "rect", "fill", &palette().risk.hex());
    assert_eq!(bars.len(), 12, "hazard bars for months 1 to 12");
}

#[test]
fn each_overlay_adds_its_own_dashed_median() {
    let p = projection(48);
    let others: Vec<Projection> = (0..MAX_OVERLAYS)
        .map(|i| flat(48, 0.1 + 0.1 * i as f64))
        .collect();
    let names = ["A", "B", "C", "D", "E", "F", "G", "H"];
    let overlays: Vec<Overlay> = others
        .iter()
        .zip(names)
        .map(|(p, name)| Overlay::new(name, p))
        .collect();
    let colours: Vec<String> = palette().overlays.iter().map(|c| c.hex()).collect();
    let mut unique = colours.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), MAX_OVERLAYS, "overlay colours are distinct");

    for kind in [ChartKind::Economy, ChartKind::Risk] {
        let base = svg(kind, &ChartInput::new(&p));
        let count = |els: &[Element], c: &str| with(els, "polyline", "stroke", c).len();
        for n in 0..=MAX_OVERLAYS {
            let input = ChartInput {
                overlays: &overlays[..n],
                ..ChartInput::new(&p)
            };
            let els = svg(kind, &input);
            for (i, c) in colours.iter().enumerate() {
                let added = count(&els, c) - count(&base, c);
                if i < n {
                    // Every dash of overlay i lies on its flat line, at its own height.
                    let value = if kind == ChartKind::Risk {
                        None
                    } else {
                        Some(0.1 + 0.1 * i as f64)
                    };
                    assert!(
                        added > 3,
                        "{kind:?}: overlay {i} of {n} draws dashes in {c}"
                    );
                    if let Some(v) = value {
                        let area = plot_area_geometry(kind, W, H, &style());
                        let y = area.y_of_value(v).round() as i32;
                        let on_line = with(&els, "polyline", "stroke", c)
                            .iter()
                            .filter(|e| e.points().iter().all(|&(_, py)| py == y))
                            .count();
                        assert_eq!(
                            on_line, added,
                            "{kind:?}: overlay {i}'s dashes follow its median"
                        );
                    }
                } else {
                    assert_eq!(added, 0, "{kind:?}: no overlay {i} among {n}");
                }
            }
        }
    }
}

#[test]
fn the_highlighted_month_gets_a_rule() {
    let p = projection(48);
    let hex = palette().highlight.hex();
    let els = svg(
        ChartKind::Economy,
        &ChartInput {
            highlight_month: Some(24),
            ..ChartInput::new(&p)
        },
    );
    let rules = with(&els, "rect", "fill", &hex);
    assert_eq!(rules.len(), 1);
    let area = plot_area_geometry(ChartKind::Economy, W, H, &style());
    let x = area.x_of_month(24.0, 48).round();
    assert!((rules[0].num("x") - x).abs() <= 1.0);
    assert_eq!(rules[0].num("height"), f64::from(area.height()));
    let none = svg(
        ChartKind::Economy,
        &ChartInput {
            highlight_month: Some(49),
            ..ChartInput::new(&p)
        },
    );
    assert!(
        with(&none, "rect", "fill", &hex).is_empty(),
        "no rule past the horizon"
    );
}

#[test]
fn scale_and_theme_change_strokes_and_type() {
    let p = projection(48);
    let input = ChartInput::new(&p);
    let median_width = |style: &ChartStyle, w: u32, h: u32| {
        let els = elements(&render_svg(ChartKind::Economy, &input, style, w, h).unwrap());
        let line = solid_lines(&els, &style.theme.palette().economy.hex())[0].clone();
        let font: f64 = els
            .iter()
            .find(|e| e.tag == "text")
            .unwrap()
            .num("font-size");
        (line.num("stroke-width"), font)
    };
    let (w1, f1) = median_width(&ChartStyle::svg(1.0, Theme::Light), W, H);
    let (w2, f2) = median_width(&ChartStyle::svg(2.0, Theme::Light), 2 * W, 2 * H);
    let (wh, fh) = median_width(&ChartStyle::svg(1.0, Theme::HighContrast), W, H);
    assert_eq!(w2, 2.0 * w1);
    assert!((f2 - 2.0 * f1).abs() < 1e-9);
    assert!(
        wh > w1 && fh > f1,
        "the projector theme has thicker lines and larger type"
    );
    assert!(
        (f1 - 11.0).abs() < 1e-9,
        "labels are 11 px in the SVG, got {f1}"
    );

    let dark = elements(
        &render_svg(
            ChartKind::Economy,
            &input,
            &ChartStyle::svg(1.0, Theme::Dark),
            W,
            H,
        )
        .unwrap(),
    );
    let background = dark.iter().find(|e| e.tag == "rect").unwrap();
    assert_eq!(
        background.attr("fill"),
        Theme::Dark.palette().background.hex()
    );
}

#[test]
fn a_chart_too_small_for_a_plot_is_just_background() {
    let p = projection(48);
    let els =
        elements(&render_svg(ChartKind::Trust, &ChartInput::new(&p), &style(), 30, 20).unwrap());
    assert_eq!(els.iter().filter(|e| e.tag == "rect").count(), 1);
    assert!(
        els.iter()
            .all(|e| e.tag != "polyline" && e.tag != "polygon")
    );
}

#[test]
fn the_sheet_has_every_chart_a_title_and_a_legend() {
    use relief_charts::{Caption, render_sheet_svg};
    let p = projection(48);
    let base = flat(48, 0.4);
    let team = flat(48, 0.6);
    let overlays = [Overlay::new("Team <North> & \"South\"", &team)];
    let markers = [Marker {
        month: 3,
        kind: MarkerKind::Shock,
    }];
    let input = ChartInput {
        baseline: Some(&base),
        overlays: &overlays,
        markers: &markers,
        ..ChartInput::new(&p)
    };
    let long = "word ".repeat(200);
    let caption = Caption {
        title: "Phased relief\u{0} under monitoring",
        note: &long,
    };
    let svg = render_sheet_svg(&caption, &input, &style(), 1600, 900).unwrap();
    assert!(
        svg.contains("Team &lt;North&gt; &amp; &quot;South&quot;"),
        "user text is escaped"
    );
    assert!(
        !svg.contains('\u{0}'),
        "control characters never reach the SVG"
    );
    let els = elements(&svg);
    let t = texts(&els);
    assert!(
        t.iter().any(|s| s == "Phased relief under monitoring"),
        "{t:?}"
    );
    for kind in ChartKind::ALL {
        assert!(
            t.iter().any(|s| s.starts_with(kind.title())),
            "panel title {}",
            kind.title()
        );
    }
    let hazard = relief_charts::hazard_scale(&p);
    assert!(
        t.iter()
            .any(|s| s.contains(&format!("monthly hazard \u{d7} {hazard}"))),
        "{t:?}"
    );
    for entry in [
        "Baseline (median)",
        "Shock",
        "Middle half of runs (p25\u{2013}p75)",
    ] {
        assert!(
            t.iter().any(|s| s == entry),
            "legend entry {entry} in {t:?}"
        );
    }
    assert!(
        !t.iter().any(|s| s == "Relief"),
        "only marker kinds present are explained"
    );
    // The long note is cut to two lines, the second ending in an ellipsis.
    let note: Vec<_> = t.iter().filter(|s| s.starts_with("word")).collect();
    assert_eq!(note.len(), 2);
    assert!(note[1].ends_with('\u{2026}') && note[0].len() < 200);
    // Every chart is drawn once: one median each for the single-series charts.
    let medians = solid_lines(&els, &palette().economy.hex());
    assert_eq!(medians.len(), 1);
    assert_eq!(solid_lines(&els, &palette().legitimacy.hex()).len(), 1);
}

#[test]
fn the_trust_chart_draws_trust_by_type_in_place_of_the_mixture() {
    let p = with_types_and_outcomes(projection(48));
    let area = plot_area_geometry(ChartKind::Trust, W, H, &style());
    let els = svg(ChartKind::Trust, &ChartInput::new(&p));
    let sincere = palette().target_type(TargetType::Sincere).hex();
    let insincere = palette().target_type(TargetType::Insincere).hex();
    assert_ne!(sincere, insincere);
    assert_ne!(insincere, palette().target_trust.hex());
    // Each type's median follows its own data, not the mixture's.
    for (hex, bands) in [
        (&sincere, p.trust_if_sincere.as_ref().unwrap()),
        (&insincere, p.trust_if_insincere.as_ref().unwrap()),
    ] {
        let line = solid_lines(&els, hex);
        assert_eq!(line.len(), 1, "one median in {hex}");
        let end = line[0].points().last().copied().unwrap();
        let y = area.y_of_value(*bands.p50.last().unwrap()).round() as i32;
        assert_eq!(end.1, y, "{hex} ends at its own median");
        assert_eq!(
            with(&els, "polygon", "fill", hex).len(),
            2,
            "two bands in {hex}"
        );
    }
    // Both types' bands and the target's trust: three series, two bands each.
    assert_eq!(els.iter().filter(|e| e.tag == "polygon").count(), 6);

    // A type no run drew is left out; the other is still drawn by itself.
    let mut one = p.clone();
    one.trust_if_sincere = None;
    let els = svg(ChartKind::Trust, &ChartInput::new(&one));
    assert!(solid_lines(&els, &sincere).is_empty());
    assert_eq!(solid_lines(&els, &insincere).len(), 1);

    // A baseline with types is compared type by type: two full-width dashed medians and the
    // target's thinner one.
    let with_base = ChartInput {
        baseline: Some(&p),
        ..ChartInput::new(&p)
    };
    let grey = with(
        &svg(ChartKind::Trust, &with_base),
        "polyline",
        "stroke",
        &palette().baseline.hex(),
    )
    .into_iter()
    .map(|e| e.num("stroke-width") as i64)
    .collect::<std::collections::BTreeSet<_>>();
    assert_eq!(grey.len(), 2, "two widths of baseline dash: {grey:?}");
}

#[test]
fn the_outcomes_chart_stacks_the_four_shares_to_the_top() {
    let p = with_types_and_outcomes(projection(48));
    let o = p.outcomes.as_ref().unwrap();
    let area = plot_area_geometry(ChartKind::Outcomes, W, H, &style());
    let els = svg(ChartKind::Outcomes, &ChartInput::new(&p));
    let mut below = 0.0;
    // From the axis up: collapsed, caught, cheating unseen, the deal holding.
    for outcome in Outcome::ALL.into_iter().rev() {
        let hex = palette().outcome(outcome).hex();
        let shape = with(&els, "polygon", "fill", &hex);
        assert_eq!(shape.len(), 1, "{outcome:?}: one area in {hex}");
        below += o.shares(outcome)[48];
        let top_at_horizon = shape[0]
            .points()
            .iter()
            .filter(|&&(x, _)| x == area.right)
            .map(|&(_, y)| y)
            .min()
            .unwrap();
        assert_eq!(
            top_at_horizon,
            area.y_of_value(below).round() as i32,
            "{outcome:?} tops out at the shares up to it"
        );
    }
    let t = texts(&els);
    assert!(t.iter().any(|s| s == "100%"), "a percent axis: {t:?}");
    let colours: std::collections::HashSet<_> =
        Outcome::ALL.iter().map(|&o| palette().outcome(o)).collect();
    assert_eq!(colours.len(), 4, "four distinct colours");
    for theme in Theme::ALL {
        for outcome in Outcome::ALL {
            let c = theme.palette().outcome(outcome);
            for s in relief_model::Series::ALL {
                assert_ne!(c, theme.palette().series(s), "{theme:?} {outcome:?} {s:?}");
            }
        }
    }

    // Play mode stops the shares at its month too.
    let played = svg(
        ChartKind::Outcomes,
        &ChartInput {
            up_to_month: Some(12),
            ..ChartInput::new(&p)
        },
    );
    let hex = palette().outcome(Outcome::Sustained).hex();
    let right = with(&played, "polygon", "fill", &hex)[0]
        .points()
        .iter()
        .map(|&(x, _)| x)
        .max()
        .unwrap();
    assert_eq!(right, area.x_of_month(12.0, 48).round() as i32);

    // Without outcomes (a projection written before they existed) the plot stays empty.
    let els = svg(ChartKind::Outcomes, &ChartInput::new(&projection(48)));
    assert_eq!(els.iter().filter(|e| e.tag == "polygon").count(), 0);
}

#[test]
fn the_sheet_names_the_types_and_the_outcomes() {
    use relief_charts::{Caption, render_sheet_svg};
    let p = with_types_and_outcomes(projection(48));
    let caption = Caption {
        title: "By type",
        note: "",
    };
    let t = texts(&elements(
        &render_sheet_svg(&caption, &ChartInput::new(&p), &style(), 1600, 900).unwrap(),
    ));
    for entry in [
        format!("{} (median)", TargetType::Sincere.label()),
        format!("{} (median)", TargetType::Insincere.label()),
    ]
    .into_iter()
    .chain(Outcome::ALL.iter().map(|o| o.label().to_string()))
    {
        let written = entry.replace('\'', "&apos;");
        assert!(t.contains(&written), "legend entry {entry} in {t:?}");
    }
    assert!(!t.iter().any(|s| s == "Trust in the target (median)"));
}

#[test]
fn the_ghost_of_a_change_is_drawn_faded_in_each_series_colour_under_the_current_lines() {
    let p = projection(48);
    let before = flat(48, 0.3);
    let fade = |c: relief_charts::Rgb| c.mix(palette().background, relief_charts::GHOST_FADE).hex();
    for kind in ChartKind::ALL {
        let without = svg(kind, &ChartInput::new(&p));
        let with_ghost = svg(
            kind,
            &ChartInput {
                ghost: Some(&before),
                ..ChartInput::new(&p)
            },
        );
        let colours: Vec<relief_charts::Rgb> = if kind == ChartKind::Risk {
            vec![palette().risk]
        } else {
            kind.series().iter().map(|&s| palette().series(s)).collect()
        };
        for colour in colours {
            let faded = fade(colour);
            assert!(
                with(&without, "polyline", "stroke", &faded).is_empty(),
                "{kind:?}: no ghost without a change"
            );
            if !kind.compares() {
                continue;
            }
            let ghost = with(&with_ghost, "polyline", "stroke", &faded);
            assert_eq!(ghost.len(), 1, "{kind:?}: one solid ghost line in {faded}");
            assert_eq!(ghost[0].points().len(), 49, "{kind:?}: every month");
            // The current line is drawn after (over) its ghost.
            let index = |e: &Element| with_ghost.iter().position(|x| std::ptr::eq(x, e)).unwrap();
            let current = solid_lines(&with_ghost, &colour.hex());
            assert!(
                index(current[0]) > index(ghost[0]),
                "{kind:?}: the ghost lies under"
            );
        }
    }
}

#[test]
fn a_ghost_with_a_gap_is_refused_with_a_message_naming_it() {
    let p = projection(48);
    let mut before = flat(48, 0.3);
    before.economy.p50.pop();
    let err = render_svg(
        ChartKind::Economy,
        &ChartInput {
            ghost: Some(&before),
            ..ChartInput::new(&p)
        },
        &style(),
        W,
        H,
    )
    .expect_err("a short ghost is refused");
    assert!(err.to_string().contains("ghost"), "{err}");
}
