//! The explorer page's one stateful object: the current scenario and its projection, the
//! baseline they are compared with, the quick previews that keep a drag responsive and the full
//! run that follows them, and the canvases the charts are drawn on.

use relief_charts::{ChartInput, ChartKind, Marker};
use relief_model::{ProgressiveEnsemble, Projection, Scenario};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::canvases::ChartCanvases;
use crate::{read_scenario, text, to_js};

/// A projection to compare with, and the scenario it came from (so it can be projected again
/// over a new horizon).
struct Baseline {
    scenario: Scenario,
    projection: Projection,
    /// Whether the projection is a quick preview with fewer runs (see [`Preview`]).
    quick: bool,
}

/// Fewest runs a quick preview keeps, however large the scenario.
const PREVIEW_MIN_RUNS: u64 = 100;

/// How the explorer keeps a drag responsive. While a cap is set, every ensemble it runs (the
/// current scenario's, and a baseline it must project again over a new horizon) is cut to about
/// `cap` runs × months; once the page lifts the cap, the next update runs everything in full,
/// the baseline included.
#[derive(Default)]
struct Preview {
    cap: Option<u64>,
    /// Whether the current projection was cut.
    current_quick: bool,
}

impl Preview {
    /// The scenario cut to the cap, or `None` when it fits (or there is no cap).
    fn cut(&self, scenario: &Scenario) -> Option<Scenario> {
        let cap = self.cap?;
        let months = u64::from(scenario.horizon_months) + 1;
        let runs = (cap / months).max(PREVIEW_MIN_RUNS);
        (runs < u64::from(scenario.runs)).then(|| Scenario {
            runs: runs as u32,
            ..scenario.clone()
        })
    }
}

/// The full ensemble of a scenario (and of a baseline that was only previewed) being run a
/// slice at a time, between the page's frames, after a preview. Any new scenario drops it.
struct FullRun {
    scenario: Scenario,
    /// The current scenario's ensemble; `None` when its projection is already in full.
    ensemble: Option<ProgressiveEnsemble>,
    /// The baseline over the current horizon, when its projection was a preview too.
    baseline: Option<(Scenario, ProgressiveEnsemble)>,
    /// Whether the baseline was pinned to the current scenario while it ran: the finished
    /// projection then becomes the baseline too.
    pin_on_finish: bool,
}

impl FullRun {
    fn runs_total(&self) -> u64 {
        self.ensemble
            .as_ref()
            .map_or(0, |_| u64::from(self.scenario.runs))
            + self.baseline.as_ref().map_or(0, |(s, _)| u64::from(s.runs))
    }

    fn runs_done(&self) -> u64 {
        self.ensemble
            .as_ref()
            .map_or(0, |e| u64::from(e.runs_done()))
            + self
                .baseline
                .as_ref()
                .map_or(0, |(_, e)| u64::from(e.runs_done()))
    }
}

/// The page's model and charts: holds the current scenario and projection, the baseline, and
/// the canvases to draw on.
#[wasm_bindgen]
pub struct Explorer {
    current: Option<(Scenario, Projection, Vec<Marker>)>,
    baseline: Option<Baseline>,
    show_baseline: bool,
    charts: ChartCanvases,
    /// Small copies of the three main charts that phones show while a step is being moved.
    strip: ChartCanvases,
    /// The projection from when the reader began the change under way, drawn as a ghost.
    ghost: Option<Projection>,
    preview: Preview,
    full_run: Option<FullRun>,
}

impl Default for Explorer {
    fn default() -> Self {
        Explorer::new()
    }
}

/// The baseline scenario over another horizon: steps and shocks past it are dropped.
fn over_horizon(scenario: &Scenario, horizon: u32) -> Scenario {
    let mut s = scenario.clone();
    s.horizon_months = horizon;
    s.steps.retain(|step| step.month < horizon);
    s.shocks.retain(|shock| shock.month < horizon);
    s
}

#[wasm_bindgen]
impl Explorer {
    /// An explorer with no scenario, no baseline and no canvases, in the light theme.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Explorer {
        Explorer {
            current: None,
            baseline: None,
            show_baseline: true,
            charts: ChartCanvases::default(),
            strip: ChartCanvases::default(),
            ghost: None,
            preview: Preview::default(),
            full_run: None,
        }
    }

    /// Validates the scenario (an object or JSON text), runs the model and keeps the
    /// projection for the next draw. The first scenario also becomes the baseline. Returns a
    /// summary: `breakdown_probability`, `median_breakdown_month`, `full_relief_month_p50`,
    /// `baseline_breakdown_probability`, `warnings` (plain sentences) and `text` (the summary
    /// paragraph). On an invalid scenario it throws and keeps the previous one.
    pub fn set_scenario(&mut self, scenario: JsValue) -> Result<JsValue, JsError> {
        let scenario = read_scenario(&scenario)?;
        // A full run in progress was for the scenario this one replaces.
        self.full_run = None;
        let cut = self.preview.cut(&scenario);
        let quick = cut.is_some();
        let projection = relief_model::simulate(cut.as_ref().unwrap_or(&scenario));
        let horizon = scenario.horizon_months;
        match &mut self.baseline {
            None => {
                self.baseline = Some(Baseline {
                    scenario: scenario.clone(),
                    projection: projection.clone(),
                    quick,
                })
            }
            // A preview baseline is projected again in full as soon as the current one is.
            Some(b) if b.projection.horizon_months != horizon || (b.quick && !quick) => {
                let over = over_horizon(&b.scenario, horizon);
                let cut = self.preview.cut(&over);
                b.quick = cut.is_some();
                b.projection = relief_model::simulate(cut.as_ref().unwrap_or(&over));
            }
            Some(_) => {}
        }
        self.preview.current_quick = quick;
        let markers = relief_charts::markers_for(&scenario);
        let summary = text::update_summary(&scenario, &projection, self.baseline_projection());
        self.current = Some((scenario, projection, markers));
        Ok(to_js(&summary))
    }

    /// Makes the current scenario the baseline the charts compare against.
    pub fn pin_baseline(&mut self) {
        if let Some(run) = &mut self.full_run {
            // The full run under way is the current scenario's: it finishes the baseline too.
            run.baseline = None;
            run.pin_on_finish = true;
        }
        if let Some((scenario, projection, _)) = &self.current {
            self.baseline = Some(Baseline {
                scenario: scenario.clone(),
                projection: projection.clone(),
                quick: self.preview.current_quick,
            });
        }
    }

    /// Cuts every ensemble to about `run_months` runs × months (at least 100 runs) from now on,
    /// so an update during a drag stays within a frame whatever the scenario's size;
    /// `undefined` lifts the cap, and the next [`Explorer::set_scenario`] runs in full, the
    /// baseline included.
    pub fn set_preview_cap(&mut self, run_months: Option<f64>) {
        self.preview.cap = run_months
            .filter(|v| v.is_finite() && *v >= 1.0)
            .map(|v| v.min(u64::MAX as f64) as u64);
    }

    /// After a preview, starts the full ensemble of the current scenario (and of a baseline
    /// that was previewed too), to be run a slice at a time by
    /// [`Explorer::advance_full_run`] so the page keeps answering meanwhile. Returns whether
    /// there is anything to run. The next [`Explorer::set_scenario`] drops the run.
    pub fn begin_full_run(&mut self) -> bool {
        let Some((scenario, _, _)) = &self.current else {
            return false;
        };
        let baseline = self
            .baseline
            .as_ref()
            .filter(|b| b.quick)
            .map(|b| over_horizon(&b.scenario, scenario.horizon_months))
            .map(|over| {
                let ensemble = ProgressiveEnsemble::new(&over);
                (over, ensemble)
            });
        if !self.preview.current_quick && baseline.is_none() {
            return false;
        }
        let ensemble = self
            .preview
            .current_quick
            .then(|| ProgressiveEnsemble::new(scenario));
        self.full_run = Some(FullRun {
            scenario: scenario.clone(),
            ensemble,
            baseline,
            pin_on_finish: false,
        });
        true
    }

    /// Runs about `run_months` more runs × months of the full run begun by
    /// [`Explorer::begin_full_run`] (at least one run) and returns how far it has got, from 0
    /// to 1. At 1 the full projections replace the previews, for the next draw and
    /// [`Explorer::summary`]; with no run under way it returns 1 and changes nothing.
    pub fn advance_full_run(&mut self, run_months: f64) -> f64 {
        let Some(run) = &mut self.full_run else {
            return 1.0;
        };
        let params = relief_model::Params::default();
        let months = f64::from(run.scenario.horizon_months) + 1.0;
        let slice = if run_months.is_finite() {
            (run_months / months).clamp(1.0, f64::from(u32::MAX)) as u32
        } else {
            1
        };
        // The baseline first: it is drawn under the current scenario, which finishes last.
        match (&mut run.baseline, &mut run.ensemble) {
            (Some((over, ensemble)), _) if !ensemble.is_complete(over) => {
                ensemble.advance(over, &params, slice)
            }
            (_, Some(ensemble)) => ensemble.advance(&run.scenario, &params, slice),
            (_, None) => {}
        }
        let done = run.runs_done();
        let total = run.runs_total().max(1);
        if done < total {
            return done as f64 / total as f64;
        }
        let Some(run) = self.full_run.take() else {
            return 1.0;
        };
        if let Some((over, ensemble)) = &run.baseline
            && let Some(b) = &mut self.baseline
        {
            b.projection = ensemble.projection(over);
            b.quick = false;
        }
        if let Some(ensemble) = &run.ensemble {
            let projection = ensemble.projection(&run.scenario);
            if run.pin_on_finish {
                self.baseline = Some(Baseline {
                    scenario: run.scenario.clone(),
                    projection: projection.clone(),
                    quick: false,
                });
            }
            let markers = relief_charts::markers_for(&run.scenario);
            self.current = Some((run.scenario, projection, markers));
            self.preview.current_quick = false;
        }
        1.0
    }

    /// The summary [`Explorer::set_scenario`] returns, for the projection now held (after a
    /// full run has finished, say); `null` before the first scenario.
    pub fn summary(&self) -> JsValue {
        match &self.current {
            Some((scenario, projection, _)) => to_js(&text::update_summary(
                scenario,
                projection,
                self.baseline_projection(),
            )),
            None => JsValue::NULL,
        }
    }

    /// Whether the projection on the charts is a quick preview with fewer runs than the
    /// scenario asks for.
    pub fn is_preview(&self) -> bool {
        self.preview.current_quick
    }

    /// Whether the baseline is drawn and compared with (it is by default).
    pub fn set_show_baseline(&mut self, show: bool) {
        self.show_baseline = show;
    }

    /// The baseline scenario as a `relief-scenario/1` object, if there is one.
    pub fn baseline_scenario(&self) -> JsValue {
        match &self.baseline {
            Some(b) => js_sys::JSON::parse(&relief_model::scenario_to_json(&b.scenario))
                .unwrap_or(JsValue::NULL),
            None => JsValue::NULL,
        }
    }

    /// Chooses the chart theme: `light`, `dark` or `high-contrast`.
    pub fn set_theme(&mut self, theme: &str) -> Result<(), JsError> {
        self.charts.set_theme(theme)?;
        self.strip.set_theme(theme)
    }

    /// Draws chart `kind` (`trust`, `economy`, `risk`, `leverage`, `legitimacy`, `outcomes`) on
    /// `canvas` from now on, in place of any canvas it had.
    pub fn attach(&mut self, kind: &str, canvas: HtmlCanvasElement) -> Result<(), JsError> {
        self.charts.attach(kind, canvas)
    }

    /// Draws a small copy of chart `kind` on `canvas` too (the live strip a phone shows while a
    /// step is moved), in place of any small copy it had. A hidden canvas costs nothing: canvases
    /// that are not laid out are skipped.
    pub fn attach_strip(&mut self, kind: &str, canvas: HtmlCanvasElement) -> Result<(), JsError> {
        self.strip.attach(kind, canvas)
    }

    /// Keeps the projection now shown as the ghost of a change about to begin (a drag, a run of
    /// key presses, an edit): until [`Explorer::end_change`], every chart draws its medians
    /// faded under the new ones, and [`Explorer::change`] says what moved. A change already
    /// begun keeps its ghost.
    pub fn begin_change(&mut self) {
        if self.ghost.is_none() {
            self.ghost = self.current.as_ref().map(|(_, p, _)| p.clone());
        }
    }

    /// Ends the change under way: the ghost is no longer drawn.
    pub fn end_change(&mut self) {
        self.ghost = None;
    }

    /// Whether a change is under way (see [`Explorer::begin_change`]).
    pub fn changing(&self) -> bool {
        self.ghost.is_some()
    }

    /// What the change under way did to the three main charts at the end of the horizon, one
    /// entry per chart: `chart`, `text` such as "breakdown by month 48: 18% → 12% (−6 points)"
    /// and `delta`; `null` when no change is under way.
    pub fn change(&self) -> JsValue {
        match (&self.ghost, &self.current) {
            (Some(before), Some((_, after, _))) => to_js(&text::change_lines(before, after, None)),
            _ => JsValue::NULL,
        }
    }

    /// Redraws every attached chart, with a vertical rule at `highlight_month` if given. Each
    /// canvas's backing store is sized to its CSS size times the device pixel ratio, and the
    /// chart is drawn at that scale, so it is crisp on every screen. A canvas that is not
    /// laid out (zero size) is skipped.
    pub fn draw_all(&mut self, highlight_month: Option<u32>) -> Result<(), JsError> {
        let Some((_, projection, markers)) = &self.current else {
            return Ok(());
        };
        let baseline = if self.show_baseline {
            self.baseline.as_ref().map(|b| &b.projection)
        } else {
            None
        };
        let input = ChartInput {
            projection,
            baseline,
            markers,
            highlight_month,
            up_to_month: None,
            overlays: &[],
            ghost: self.ghost.as_ref(),
        };
        self.charts.draw(&input)?;
        self.strip.draw(&input)
    }

    /// The month under a pointer `offset_x` CSS pixels from the left edge of chart `kind`'s
    /// canvas, as of the last draw; `undefined` outside the plot.
    pub fn month_at(&self, kind: &str, offset_x: f64) -> Option<u32> {
        let (_, projection, _) = self.current.as_ref()?;
        self.charts
            .month_at(kind, offset_x, projection.horizon_months)
    }

    /// The horizon of the current projection (0 before the first scenario).
    pub fn horizon(&self) -> u32 {
        self.current
            .as_ref()
            .map(|(s, _, _)| s.horizon_months)
            .unwrap_or(0)
    }

    /// Every value at `month`: for each series its label, p10, p25, p50, p75, p90, the
    /// baseline's median and a `text` such as "0.62 (0.48 to 0.74)"; the trust in the target
    /// by type (`types`) and the outcome shares (`outcomes`) where the projection has them;
    /// then `backsliding_risk`, `hazard` and the baseline's risk. `null` before the first
    /// scenario.
    pub fn readout(&self, month: u32) -> JsValue {
        match &self.current {
            Some((_, p, _)) => to_js(&text::readout(p, self.baseline_projection(), month)),
            None => JsValue::NULL,
        }
    }

    /// What chart `kind` shows at `month`, in one sentence (the chart's value for assistive
    /// technology while a reader steps through months).
    pub fn chart_value_text(&self, kind: &str, month: u32) -> String {
        match (ChartKind::from_key(kind), &self.current) {
            (Some(kind), Some((_, p, _))) => text::chart_value_text(p, kind, month),
            _ => String::new(),
        }
    }

    /// The summary paragraph at `month` (the horizon when omitted): "By month 48, trust in
    /// the target is 0.62 (likely 0.48 to 0.74), …; the risk that the process has broken
    /// down is 18%."
    pub fn summary_text(&self, month: Option<u32>) -> String {
        match &self.current {
            Some((_, p, _)) => text::summary_text(p, self.baseline_projection(), month),
            None => String::new(),
        }
    }

    /// The text alternative to the charts: `{stride, columns, rows}` with one row every few
    /// months, each cell a median and the range of the middle 80% of runs, as text.
    pub fn table(&self) -> JsValue {
        match &self.current {
            Some((_, p, _)) => to_js(&text::table(p)),
            None => JsValue::NULL,
        }
    }

    /// The sequencing checker's warnings about the current scenario, in plain sentences.
    pub fn warnings(&self) -> Vec<String> {
        self.current
            .as_ref()
            .map(|(_, p, _)| p.warnings.clone())
            .unwrap_or_default()
    }

    /// The current projection as a `relief-projection/1` object (for export), or `null`.
    pub fn projection(&self) -> JsValue {
        match &self.current {
            Some((_, p, _)) => {
                js_sys::JSON::parse(&relief_model::projection_to_json(p)).unwrap_or(JsValue::NULL)
            }
            None => JsValue::NULL,
        }
    }
}

impl Explorer {
    /// The current scenario, its projection and its steps' markers; `None` before the first
    /// scenario.
    #[cfg(feature = "explorer")]
    pub(crate) fn current(&self) -> Option<(&Scenario, &Projection, &[Marker])> {
        self.current
            .as_ref()
            .map(|(scenario, projection, markers)| (scenario, projection, markers.as_slice()))
    }

    /// The baseline's projection, when it is shown.
    pub(crate) fn baseline_projection(&self) -> Option<&Projection> {
        if self.show_baseline {
            self.baseline.as_ref().map(|b| &b.projection)
        } else {
            None
        }
    }
}
