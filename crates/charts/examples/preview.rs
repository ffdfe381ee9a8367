//! Renders every chart in each theme at scale 1 and 2, each chart's figure as the page exports
//! it, and the printable sheets, into `target/charts-preview/` (or the folder given as the one
//! argument), for a person to look at after changing a chart:
//!
//! ```sh
//! cargo run -p relief-charts --example preview                  # SVG
//! cargo run -p relief-charts --example preview --features png   # SVG and PNG
//! ```
//!
//! Every number drawn comes from the model, for the default scenario of `tests/data`, so a sheet
//! and its note never disagree. The charts' tests check what is drawn; this only shows it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use relief_charts::{
    Caption, ChartInput, ChartKind, ChartStyle, Overlay, SHEET_SIZE, Theme, markers_for,
    render_figure_svg, render_sheet_svg, render_svg,
};
use relief_model::{Projection, Scenario, parse_scenario, simulate};

const DEFAULT_SCENARIO: &str = include_str!("../../../tests/data/default-scenario.json");

/// The size of one chart at scale 1, about as the page shows it beside its neighbours.
const CHART_SIZE: (u32, u32) = (420, 220);

/// The month the charts' readout line is drawn at, as when a reader points at it.
const HIGHLIGHT_MONTH: u32 = 24;

/// The month the teams' sheet is played to, as on the workshop's projector.
const PLAYED_TO_MONTH: u32 = 30;

fn main() -> ExitCode {
    let folder = match std::env::args_os().nth(1) {
        Some(folder) => PathBuf::from(folder),
        None => match default_folder() {
            Some(folder) => folder,
            None => {
                eprintln!("preview: cannot tell where target/ is; name a folder to write to");
                return ExitCode::FAILURE;
            }
        },
    };
    match write_previews(&folder) {
        Ok(count) => {
            println!("preview: wrote {count} files into {}", folder.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("preview: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `target/charts-preview`, found from this program's own place in `target/<profile>/examples/`.
fn default_folder() -> Option<PathBuf> {
    let program = std::env::current_exe().ok()?;
    let target = program.ancestors().nth(3)?;
    Some(target.join("charts-preview"))
}

fn write_previews(folder: &Path) -> Result<usize, String> {
    let scenario = parse_scenario(DEFAULT_SCENARIO)
        .map_err(|e| format!("the default scenario does not read: {e}"))?;
    let projection = simulate(&scenario);
    // The baseline is the same sequence without its verification, as the page's comparison is.
    let mut unverified = scenario.clone();
    unverified.steps.retain(|s| !s.kind.is_verification());
    let baseline = simulate(&unverified);
    let markers = markers_for(&scenario);
    let input = ChartInput {
        baseline: Some(&baseline),
        markers: &markers,
        highlight_month: Some(HIGHLIGHT_MONTH),
        ..ChartInput::new(&projection)
    };

    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
    let mut written = 0;
    let mut write = |name: String, bytes: Vec<u8>| -> Result<(), String> {
        let path = folder.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
        Ok(())
    };
    let drawing_failed = |e: &dyn std::fmt::Display| format!("cannot draw: {e}");

    for theme in Theme::ALL {
        for scale in [1, 2] {
            let style = ChartStyle::svg(f64::from(scale), theme);
            let (width, height) = (CHART_SIZE.0 * scale, CHART_SIZE.1 * scale);
            for kind in ChartKind::ALL {
                let name = format!("{}-{}-x{scale}", kind.key(), theme.key());
                let svg = render_svg(kind, &input, &style, width, height)
                    .map_err(|e| drawing_failed(&e))?;
                write(format!("{name}.svg"), svg.into_bytes())?;
                #[cfg(feature = "png")]
                write(
                    format!("{name}.png"),
                    relief_charts::render_png(kind, &input, &style, width, height)
                        .map_err(|e| drawing_failed(&e))?,
                )?;
            }
        }
    }

    // Each chart's figure, as the page exports it: under its title and note, above its legend.
    let figure_note = format!(
        "{} simulated futures, seed {}, {} months. An illustration, not a forecast.",
        scenario.runs, scenario.seed, scenario.horizon_months
    );
    let caption = Caption {
        title: &scenario.title,
        note: &figure_note,
    };
    let figure_input = ChartInput {
        highlight_month: None,
        ..input
    };
    let style = ChartStyle::svg(1.0, Theme::Light);
    for kind in ChartKind::ALL {
        let name = format!("figure-{}", kind.key());
        let (width, height) = CHART_SIZE;
        let svg = render_figure_svg(kind, &figure_input, &caption, &style, width, height)
            .map_err(|e| drawing_failed(&e))?;
        write(format!("{name}.svg"), svg.into_bytes())?;
        #[cfg(feature = "png")]
        write(
            format!("{name}.png"),
            relief_charts::render_figure_png(kind, &figure_input, &caption, &style, width, height)
                .map_err(|e| drawing_failed(&e))?,
        )?;
    }

    let teams = team_projections(&scenario);
    let overlays: Vec<Overlay> = teams
        .iter()
        .map(|(name, projection)| Overlay::new(name, projection))
        .collect();
    let team_input = ChartInput {
        overlays: &overlays,
        up_to_month: Some(PLAYED_TO_MONTH),
        ..input
    };
    let note = format!(
        "{} runs, seed {}, {} months. Breakdown by the horizon: {:.0}%. Baseline: the same steps without verification. An illustration, not a forecast.",
        scenario.runs,
        scenario.seed,
        scenario.horizon_months,
        projection.summary.breakdown_probability * 100.0
    );
    let team_note = format!(
        "Three teams' timings of the same steps, played to month {PLAYED_TO_MONTH}. An illustration, not a forecast."
    );
    let sheets = [
        ("sheet", &input, note.as_str()),
        ("sheet-teams", &team_input, team_note.as_str()),
    ];
    for (name, input, note) in sheets {
        let caption = Caption {
            title: &scenario.title,
            note,
        };
        let style = ChartStyle::svg(1.0, Theme::Light);
        let (width, height) = SHEET_SIZE;
        let svg = render_sheet_svg(&caption, input, &style, width, height)
            .map_err(|e| drawing_failed(&e))?;
        write(format!("{name}.svg"), svg.into_bytes())?;
        #[cfg(feature = "png")]
        write(
            format!("{name}.png"),
            relief_charts::render_sheet_png(&caption, input, &style, width, height)
                .map_err(|e| drawing_failed(&e))?,
        )?;
    }
    Ok(written)
}

/// Three workshop teams' versions of the scenario: its own timing, every step six months later,
/// and every step at half its month, each simulated by the model.
fn team_projections(scenario: &Scenario) -> Vec<(&'static str, Projection)> {
    let last_month = scenario.horizon_months - 1;
    let retimed = |timing: &dyn Fn(u32) -> u32| {
        let mut team = scenario.clone();
        for step in &mut team.steps {
            step.month = timing(step.month).min(last_month);
        }
        simulate(&team)
    };
    vec![
        ("Team North", simulate(scenario)),
        ("Team South", retimed(&|month| month + 6)),
        ("Team East", retimed(&|month| month / 2)),
    ]
}
