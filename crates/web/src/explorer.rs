//! The explorer page's one stateful object: the current scenario and its projection, the
//! baseline they are compared with, the slices of runs that refine them (run by the page's
//! workers, or by the page itself), and the canvases the charts are drawn on.

use relief_charts::{ChartInput, ChartKind, Marker};
use relief_model::{Counts, Projection, Scenario};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::canvases::{ChartCanvases, Sight};
use crate::{read_scenario, text, to_js};

/// A projection to compare with, and the scenario it came from (so it can be projected again
/// over a new horizon).
struct Baseline {
    scenario: Scenario,
    projection: Projection,
    /// Whether the projection counts every run the scenario asks for.
    complete: bool,
}

/// How a scenario's runs are shared out in slices: a first answer of about
/// `first_run_months` runs × months, cut into `first_slices` slices that run side by side,
/// then the rest in slices of about `slice_run_months` each.
#[derive(Clone, Copy, Debug)]
struct Slicing {
    first_run_months: u64,
    first_slices: u32,
    slice_run_months: u64,
}

impl Default for Slicing {
    /// About a frame's work at first and a few milliseconds a slice, on one core.
    fn default() -> Self {
        Slicing {
            first_run_months: 100_000,
            first_slices: 1,
            slice_run_months: 50_000,
        }
    }
}

/// Fewest runs a first answer counts, however large the scenario: fewer make bands too ragged
/// to read.
const FIRST_MIN_RUNS: u32 = 100;

/// Fewest runs a slice after the first answer counts. Merging a slice's counts costs the page
/// the same whatever its runs (about 1,400 words a month), so smaller slices of a long horizon
/// would spend more of the page's time merging than of the workers' counting.
const SLICE_MIN_RUNS: u64 = 500;

/// One scenario's ensemble, being counted in slices: the bounds of its slices in run order,
/// the counts received, and the runs merged so far (always the runs from 0 up, merged in run
/// order, so any answer is the projection of the scenario's first runs).
struct Job {
    scenario: Scenario,
    /// The scenario as a worker reads it.
    json: String,
    /// Slice `i` holds the runs `bounds[i]..bounds[i + 1]`.
    bounds: Vec<u32>,
    /// Slices in the first answer.
    first: usize,
    /// Slices handed out so far.
    issued: usize,
    /// Counts received that wait for the slices before them.
    received: Vec<Option<Counts>>,
    merged: Counts,
    /// Slices merged, and how many of them the projection shown counts.
    next: usize,
    shown: usize,
}

impl Job {
    fn new(scenario: Scenario, slicing: Slicing) -> Job {
        let runs = scenario.runs;
        let months = u64::from(scenario.horizon_months) + 1;
        let first_runs = ((slicing.first_run_months / months).min(u64::from(u32::MAX)) as u32)
            .max(FIRST_MIN_RUNS)
            .min(runs);
        let first_slices = slicing.first_slices.clamp(1, first_runs.max(1));
        let mut bounds: Vec<u32> = (0..=first_slices)
            .map(|i| (u64::from(first_runs) * u64::from(i) / u64::from(first_slices)) as u32)
            .collect();
        let per_slice = (slicing.slice_run_months / months)
            .max(SLICE_MIN_RUNS)
            .min(u64::from(u32::MAX)) as u32;
        let mut at = first_runs;
        while at < runs {
            at = at.saturating_add(per_slice).min(runs);
            bounds.push(at);
        }
        let slices = bounds.len() - 1;
        Job {
            json: relief_model::scenario_to_json(&scenario),
            merged: Counts::new(&scenario),
            scenario,
            bounds,
            first: first_slices as usize,
            issued: 0,
            received: vec![None; slices],
            next: 0,
            shown: 0,
        }
    }

    fn slices(&self) -> usize {
        self.bounds.len() - 1
    }

    fn first_answered(&self) -> bool {
        self.next >= self.first
    }

    fn complete(&self) -> bool {
        self.next == self.slices()
    }

    /// Keeps the counts of slice `index` and merges every slice now in run order.
    fn receive(&mut self, index: usize, counts: Counts) -> Result<(), JsError> {
        let Some(slot) = self.received.get_mut(index) else {
            return Err(JsError::new(&format!("there is no slice {index}")));
        };
        let (start, end) = (self.bounds[index], self.bounds[index + 1]);
        if counts.runs() != end - start {
            return Err(JsError::new(&format!(
                "slice {index} should count runs {start} to {end}, but counts {} runs",
                counts.runs()
            )));
        }
        if index >= self.next {
            *slot = Some(counts);
        }
        while let Some(counts) = self.received.get_mut(self.next).and_then(Option::take) {
            self.merged
                .merge(&counts)
                .map_err(|e| JsError::new(&e.to_string()))?;
            self.next += 1;
        }
        Ok(())
    }
}

/// The ensembles being counted for the newest scenario: its own, and the baseline's over its
/// horizon when the baseline must be projected again. A newer scenario replaces them, and
/// counts for an older one are dropped.
struct Pending {
    generation: u32,
    current: Job,
    baseline: Option<Job>,
    /// Whether the baseline is this scenario (the first one, or pinned while it was counted),
    /// and so follows its projection.
    baseline_follows: bool,
}

impl Pending {
    /// The job and slice to hand out next: the first answers before anything is refined, and
    /// the current scenario before the baseline.
    fn next_slice(&mut self) -> Option<(u32, usize)> {
        let Pending {
            current, baseline, ..
        } = self;
        let firsts = [
            (0, current.first),
            (1, baseline.as_ref().map_or(0, |b| b.first)),
        ];
        let alls = [
            (0, current.slices()),
            (1, baseline.as_ref().map_or(0, Job::slices)),
        ];
        for (job, limit) in firsts.into_iter().chain(alls) {
            let j = match (job, baseline.as_mut()) {
                (0, _) => &mut *current,
                (_, Some(b)) => b,
                (_, None) => continue,
            };
            if j.issued < limit {
                j.issued += 1;
                return Some((job, j.issued - 1));
            }
        }
        None
    }

    fn job_mut(&mut self, job: u32) -> Option<&mut Job> {
        match job {
            0 => Some(&mut self.current),
            _ => self.baseline.as_mut(),
        }
    }
}

/// The page's model and charts: holds the current scenario and projection, the baseline, and
/// the canvases to draw on.
#[wasm_bindgen]
pub struct Explorer {
    current: Option<(Scenario, Projection, Vec<Marker>)>,
    /// Whether the current projection counts every run the scenario asks for.
    current_complete: bool,
    baseline: Option<Baseline>,
    show_baseline: bool,
    charts: ChartCanvases,
    /// Small copies of the three main charts that phones show while a step is being moved.
    strip: ChartCanvases,
    /// The projection from when the reader began the change under way, drawn as a ghost.
    ghost: Option<Projection>,
    slicing: Slicing,
    generation: u32,
    pending: Option<Pending>,
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

/// A finite count from the page, at least one.
fn count_from_js(value: f64) -> u64 {
    if value.is_finite() {
        value.clamp(1.0, u64::MAX as f64) as u64
    } else {
        1
    }
}

#[wasm_bindgen]
impl Explorer {
    /// An explorer with no scenario, no baseline and no canvases, in the light theme.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Explorer {
        Explorer {
            current: None,
            current_complete: true,
            baseline: None,
            show_baseline: true,
            charts: ChartCanvases::default(),
            strip: ChartCanvases::default(),
            ghost: None,
            slicing: Slicing::default(),
            generation: 0,
            pending: None,
        }
    }

    /// Validates the scenario (an object or JSON text), runs its whole ensemble at once and
    /// keeps the projection for the next draw. The first scenario also becomes the baseline.
    /// Returns a summary: `breakdown_probability`, `median_breakdown_month`,
    /// `full_relief_month_p50`, `baseline_breakdown_probability`, `warnings` (plain sentences)
    /// and `text` (the summary paragraph). On an invalid scenario it throws and keeps the
    /// previous one. The page itself projects in slices instead ([`Explorer::project`]).
    pub fn set_scenario(&mut self, scenario: JsValue) -> Result<JsValue, JsError> {
        let scenario = read_scenario(&scenario)?;
        self.pending = None;
        let projection = relief_model::simulate(&scenario);
        let horizon = scenario.horizon_months;
        match &mut self.baseline {
            None => {
                self.baseline = Some(Baseline {
                    scenario: scenario.clone(),
                    projection: projection.clone(),
                    complete: true,
                })
            }
            Some(b) if b.projection.horizon_months != horizon || !b.complete => {
                b.projection = relief_model::simulate(&over_horizon(&b.scenario, horizon));
                b.complete = true;
            }
            Some(_) => {}
        }
        self.current_complete = true;
        let markers = relief_charts::markers_for(&scenario);
        let summary = text::update_summary(&scenario, &projection, self.baseline_projection());
        self.current = Some((scenario, projection, markers));
        Ok(to_js(&summary))
    }

    /// How [`Explorer::project`] shares a scenario's runs out from now on: the first answer
    /// counts about `first_run_months` runs × months (at least 100 runs), in `first_slices`
    /// slices that can run side by side (one per worker), and the rest follow in slices of
    /// about `slice_run_months` each.
    pub fn set_slicing(&mut self, first_run_months: f64, first_slices: u32, slice_run_months: f64) {
        self.slicing = Slicing {
            first_run_months: count_from_js(first_run_months),
            first_slices: first_slices.max(1),
            slice_run_months: count_from_js(slice_run_months),
        };
    }

    /// Validates the scenario (an object or JSON text) and starts projecting it in slices,
    /// which [`Explorer::next_slice`] hands out and [`Explorer::add_counts`] takes back. The
    /// charts keep what they show until the first answer is in ([`Explorer::show_progress`]).
    /// Slices of an earlier scenario are dropped. On an invalid scenario it throws and keeps
    /// everything as it was.
    pub fn project(&mut self, scenario: JsValue) -> Result<(), JsError> {
        let scenario = read_scenario(&scenario)?;
        let horizon = scenario.horizon_months;
        let (baseline, baseline_follows) = match &self.baseline {
            None => (None, true),
            Some(b) if b.projection.horizon_months != horizon || !b.complete => (
                Some(Job::new(over_horizon(&b.scenario, horizon), self.slicing)),
                false,
            ),
            Some(_) => (None, false),
        };
        self.generation = self.generation.wrapping_add(1);
        self.pending = Some(Pending {
            generation: self.generation,
            current: Job::new(scenario, self.slicing),
            baseline,
            baseline_follows,
        });
        Ok(())
    }

    /// As [`Explorer::project`], with `baseline` (a scenario, an object or JSON text) as the
    /// baseline the charts compare against, counted beside it over its horizon: a story's
    /// frame compared with the frame before it. Until its first answer is in, the baseline
    /// keeps the projection shown now, which is that frame's when the story steps forward.
    pub fn project_compared(
        &mut self,
        scenario: JsValue,
        baseline: JsValue,
    ) -> Result<(), JsError> {
        let baseline = read_scenario(&baseline)?;
        self.project(scenario)?;
        let slicing = self.slicing;
        let Some(pending) = &mut self.pending else {
            return Ok(());
        };
        let compared = over_horizon(&baseline, pending.current.scenario.horizon_months);
        let shown = match &self.current {
            Some((_, projection, _)) => projection.clone(),
            None => Counts::new(&compared).projection(&compared),
        };
        self.baseline = Some(Baseline {
            scenario: compared.clone(),
            projection: shown,
            complete: false,
        });
        pending.baseline = Some(Job::new(compared, slicing));
        pending.baseline_follows = false;
        Ok(())
    }

    /// The next slice of runs to count, for a worker (or the page) to pass to
    /// [`count_runs`](crate::count_runs): `{generation, job, index, scenario, start, end}`, or
    /// `null` when every slice has been handed out.
    pub fn next_slice(&mut self) -> JsValue {
        let Some(pending) = &mut self.pending else {
            return JsValue::NULL;
        };
        let Some((job, index)) = pending.next_slice() else {
            return JsValue::NULL;
        };
        let generation = pending.generation;
        let Some(j) = pending.job_mut(job) else {
            return JsValue::NULL;
        };
        to_js(&serde_json::json!({
            "generation": generation,
            "job": job,
            "index": index,
            "scenario": j.json,
            "start": j.bounds[index],
            "end": j.bounds[index + 1],
        }))
    }

    /// Takes back the counts of a slice [`Explorer::next_slice`] handed out, as
    /// [`count_runs`](crate::count_runs) wrote them. Returns whether they were kept: counts
    /// for an earlier scenario are dropped. Throws on counts that are not of that slice.
    pub fn add_counts(
        &mut self,
        generation: u32,
        job: u32,
        index: u32,
        words: &[u32],
    ) -> Result<bool, JsError> {
        let Some(pending) = self.pending.as_mut().filter(|p| p.generation == generation) else {
            return Ok(false);
        };
        let Some(j) = pending.job_mut(job) else {
            return Ok(false);
        };
        let counts = Counts::from_words(words).map_err(|e| JsError::new(&e.to_string()))?;
        j.receive(index as usize, counts)?;
        Ok(true)
    }

    /// Brings the projections on the charts up to the counts merged so far, once the first
    /// answer for the newest scenario is in. Returns `null` when nothing has changed since the
    /// last call; otherwise the summary [`Explorer::set_scenario`] returns, with `first`
    /// (whether this is the scenario's first answer), `runs_counted` and `complete`.
    pub fn show_progress(&mut self) -> JsValue {
        let Some(pending) = &mut self.pending else {
            return JsValue::NULL;
        };
        let baseline_ready = pending.baseline.as_ref().is_none_or(Job::first_answered);
        let advanced = pending.current.next > pending.current.shown
            || pending.baseline.as_ref().is_some_and(|b| b.next > b.shown);
        if !pending.current.first_answered() || !baseline_ready || !advanced {
            return JsValue::NULL;
        }
        let first = pending.current.shown == 0;
        let job = &mut pending.current;
        job.shown = job.next;
        let projection = job.merged.projection(&job.scenario);
        let complete = job.complete();
        let runs_counted = job.merged.runs();
        if pending.baseline_follows {
            self.baseline = Some(Baseline {
                scenario: job.scenario.clone(),
                projection: projection.clone(),
                complete,
            });
        } else if let (Some(b), Some(job)) = (&mut self.baseline, &mut pending.baseline) {
            job.shown = job.next;
            b.projection = job.merged.projection(&job.scenario);
            b.complete = job.complete();
        }
        let scenario = pending.current.scenario.clone();
        let all_done = complete && pending.baseline.as_ref().is_none_or(Job::complete);
        if all_done {
            self.pending = None;
        }
        let markers = relief_charts::markers_for(&scenario);
        let mut summary = text::update_summary(&scenario, &projection, self.baseline_projection());
        summary["first"] = first.into();
        summary["runs_counted"] = runs_counted.into();
        summary["complete"] = complete.into();
        self.current = Some((scenario, projection, markers));
        self.current_complete = complete;
        to_js(&summary)
    }

    /// How far the newest scenario's counting has got: `{runs_counted, runs}` of its own
    /// ensemble, and `all_counted`, whether the baseline's is too when it is counted again;
    /// `null` when nothing is being counted.
    pub fn progress(&self) -> JsValue {
        let Some(pending) = &self.pending else {
            return JsValue::NULL;
        };
        let job = &pending.current;
        let all_counted = job.complete() && pending.baseline.as_ref().is_none_or(Job::complete);
        to_js(&serde_json::json!({
            "runs_counted": job.merged.runs(),
            "runs": job.scenario.runs,
            "all_counted": all_counted,
        }))
    }

    /// Whether the projection on the charts counts fewer runs than its scenario asks for:
    /// more are being counted.
    pub fn is_refining(&self) -> bool {
        !self.current_complete
    }

    /// Makes the current scenario the baseline the charts compare against.
    pub fn pin_baseline(&mut self) {
        let Some((scenario, projection, _)) = &self.current else {
            return;
        };
        self.baseline = Some(Baseline {
            scenario: scenario.clone(),
            projection: projection.clone(),
            complete: self.current_complete,
        });
        let complete = self.current_complete;
        let slicing = self.slicing;
        if let Some(pending) = &mut self.pending {
            if pending.current.shown > 0 {
                // The scenario being refined is the one shown: the baseline follows it.
                pending.baseline_follows = true;
                pending.baseline = None;
            } else {
                // A newer scenario is on its way: the pinned one is counted beside it, over its
                // horizon, unless its projection already serves.
                let horizon = pending.current.scenario.horizon_months;
                pending.baseline = (!complete || projection.horizon_months != horizon)
                    .then(|| Job::new(over_horizon(scenario, horizon), slicing));
                pending.baseline_follows = false;
            }
        }
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
    /// laid out (zero size) is skipped, and so, while a change is under way (see
    /// [`Explorer::begin_change`]), is a chart out of the window's sight: the drawing that ends
    /// the change draws every chart.
    pub fn draw_all(&mut self, highlight_month: Option<u32>) -> Result<(), JsError> {
        let sight = if self.ghost.is_some() {
            Sight::InSight
        } else {
            Sight::All
        };
        self.draw_charts(highlight_month, sight).map(|_| ())
    }

    /// Draws, like [`Explorer::draw_all`], the charts the window shows now (`part` is
    /// `"in-sight"`) or the others (`"out-of-sight"`), and says how many it drew: the page's
    /// first answer is drawn where the reader looks first, and the charts below the fold a
    /// frame later.
    pub fn draw_part(&mut self, highlight_month: Option<u32>, part: &str) -> Result<u32, JsError> {
        let sight = match part {
            "in-sight" => Sight::InSight,
            "out-of-sight" => Sight::OutOfSight,
            _ => {
                return Err(JsError::new(&format!(
                    "unknown part of the charts {part:?} (expected \"in-sight\" or \"out-of-sight\")"
                )));
            }
        };
        self.draw_charts(highlight_month, sight)
    }

    fn draw_charts(&mut self, highlight_month: Option<u32>, sight: Sight) -> Result<u32, JsError> {
        let Some((_, projection, markers)) = &self.current else {
            return Ok(0);
        };
        let baseline = if self.show_baseline {
            self.baseline.as_ref().map(|b| &b.projection)
        } else {
            None
        };
        let numerals = crate::language::numerals();
        let input = ChartInput {
            projection,
            baseline,
            markers,
            highlight_month,
            up_to_month: None,
            overlays: &[],
            ghost: self.ghost.as_ref(),
            numerals: numerals.as_ref(),
        };
        let drawn = self.charts.draw_where(&input, sight)?;
        // The phone's strip of the main charts is in sight whenever it is shown at all.
        if sight == Sight::OutOfSight {
            return Ok(drawn);
        }
        Ok(drawn + self.strip.draw_where(&input, Sight::All)?)
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

    /// The sequencing checker's warnings about the current scenario, in plain sentences in the
    /// reader's language.
    pub fn warnings(&self) -> Vec<String> {
        self.current
            .as_ref()
            .map(|(s, _, _)| text::warnings(s))
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
