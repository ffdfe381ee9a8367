//! Renders every chart, at scale 1 and 2 and in each theme, and a sheet, into
//! `target/charts-preview/`, for a person to look at.

use std::path::PathBuf;

use relief_charts::{
    ChartInput, ChartKind, ChartStyle, Marker, MarkerKind, Overlay, Sheet, Theme, markers_for,
    render_sheet_svg, render_svg,
};

use crate::common::{projection, with_types_and_outcomes};

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("charts-preview");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn markers() -> Vec<Marker> {
    vec![
        Marker {
            month: 0,
            kind: MarkerKind::Relief,
        },
        Marker {
            month: 1,
            kind: MarkerKind::Confidence,
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
            kind: MarkerKind::Confidence,
        },
        Marker {
            month: 18,
            kind: MarkerKind::Relief,
        },
        Marker {
            month: 20,
            kind: MarkerKind::Shock,
        },
    ]
}

#[test]
fn write_previews() {
    let p = with_types_and_outcomes(projection(48));
    let base = crate::common::flat(48, 0.35);
    let teams: Vec<_> = (0..3)
        .map(|i| {
            let mut t = projection(48);
            for v in t
                .trust
                .p50
                .iter_mut()
                .chain(t.economy.p50.iter_mut())
                .chain(t.backsliding_risk.iter_mut())
            {
                *v = (*v * (0.8 + 0.15 * i as f64)).min(1.0);
            }
            t
        })
        .collect();
    let overlays: Vec<Overlay> = teams
        .iter()
        .zip(["Team North", "Team South", "Team East"])
        .map(|(p, name)| Overlay {
            name,
            projection: p,
        })
        .collect();
    let markers = markers();
    let input = ChartInput {
        baseline: Some(&base),
        markers: &markers,
        highlight_month: Some(24),
        ..ChartInput::new(&p)
    };
    let dir = out_dir();
    for theme in Theme::ALL {
        for scale in [1.0, 2.0] {
            let style = ChartStyle::svg(scale, theme);
            for kind in ChartKind::ALL {
                let (w, h) = ((420.0 * scale) as u32, (220.0 * scale) as u32);
                let svg = render_svg(kind, &input, &style, w, h).unwrap();
                let name = format!("{}-{}-x{}", kind.key(), theme.key(), scale);
                std::fs::write(dir.join(format!("{name}.svg")), &svg).unwrap();
                #[cfg(feature = "png")]
                std::fs::write(
                    dir.join(format!("{name}.png")),
                    relief_charts::render_png(kind, &input, &style, w, h).unwrap(),
                )
                .unwrap();
            }
        }
    }
    let team_input = ChartInput {
        overlays: &overlays,
        up_to_month: Some(30),
        ..input
    };
    let sheet = Sheet {
        title: "Phased relief under independent monitoring",
        note: "1000 runs, seed 7, 48 months. By month 24 trust is 0.62, likely between 0.48 and 0.74; risk of breakdown 18%.",
    };
    for (name, input) in [("sheet", &input), ("sheet-teams", &team_input)] {
        let style = ChartStyle::svg(1.0, Theme::Light);
        let (w, h) = relief_charts::SHEET_SIZE;
        let svg = render_sheet_svg(&sheet, input, &style, w, h).unwrap();
        std::fs::write(dir.join(format!("{name}.svg")), &svg).unwrap();
        #[cfg(feature = "png")]
        std::fs::write(
            dir.join(format!("{name}.png")),
            relief_charts::render_sheet_png(&sheet, input, &style, w, h).unwrap(),
        )
        .unwrap();
    }
}

/// The example scenario of the format's documentation.
const SCENARIO: &str = r#"{
  "format": "relief-scenario/1",
  "title": "Phased relief under independent monitoring",
  "horizon_months": 48,
  "runs": 1000,
  "seed": 7,
  "steps": [
    { "kind": "humanitarian_exemption", "month": 0, "size": 0.1 },
    { "kind": "independent_monitoring", "month": 1 },
    { "kind": "compliance_step", "month": 2, "size": 0.3 },
    { "kind": "sectoral_easing", "month": 6, "size": 0.3, "conditional": true, "transparent": true },
    { "kind": "financial_channels", "month": 18, "size": 0.4, "conditional": true }
  ],
  "shocks": [
    { "kind": "spoiler_attack", "month": 20, "size": 0.5 }
  ]
}"#;

/// The same charts from a projection the model computed, with the scenario's own markers
/// and, as the baseline, the same scenario without its monitoring.
#[test]
fn write_model_previews() {
    let scenario = relief_model::parse_scenario(SCENARIO).expect("the documented example parses");
    let projection = relief_model::simulate(&scenario);
    let mut without = scenario.clone();
    without.steps.retain(|s| !s.kind.is_verification());
    let baseline = relief_model::simulate(&without);
    let markers = markers_for(&scenario);
    let input = ChartInput {
        baseline: Some(&baseline),
        markers: &markers,
        ..ChartInput::new(&projection)
    };
    let dir = out_dir();
    for scale in [1.0, 2.0] {
        let style = ChartStyle::svg(scale, Theme::Light);
        for kind in ChartKind::ALL {
            let (w, h) = ((420.0 * scale) as u32, (220.0 * scale) as u32);
            let svg = render_svg(kind, &input, &style, w, h).unwrap();
            let name = format!("model-{}-x{}", kind.key(), scale);
            std::fs::write(dir.join(format!("{name}.svg")), &svg).unwrap();
            #[cfg(feature = "png")]
            std::fs::write(
                dir.join(format!("{name}.png")),
                relief_charts::render_png(kind, &input, &style, w, h).unwrap(),
            )
            .unwrap();
        }
    }
    let note = format!(
        "{} runs, seed {}, {} months; baseline: the same steps without monitoring.",
        scenario.runs, scenario.seed, scenario.horizon_months
    );
    let sheet = Sheet {
        title: &scenario.title,
        note: &note,
    };
    let style = ChartStyle::svg(1.0, Theme::Light);
    let (w, h) = relief_charts::SHEET_SIZE;
    std::fs::write(
        dir.join("model-sheet.svg"),
        render_sheet_svg(&sheet, &input, &style, w, h).unwrap(),
    )
    .unwrap();
    #[cfg(feature = "png")]
    std::fs::write(
        dir.join("model-sheet.png"),
        relief_charts::render_sheet_png(&sheet, &input, &style, w, h).unwrap(),
    )
    .unwrap();
}
