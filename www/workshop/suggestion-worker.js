// A dedicated Web Worker for the debrief's "What the model would have suggested": the search
// for a better order of the exercise's starting scenario re-runs it hundreds of times, and the
// projector must keep answering meanwhile. It runs the workshop's own module (which carries
// the search), fetched here, so the page's module is not shared and the explorer's is never
// loaded. The page makes one worker a search and ends it to cancel.
//
// Message in: `{scenario, options, words}` (the scenario as JSON text, the search's options as
// the explorer's panel gives them, and the reader's words as the module's `set_language` reads
// them, so the answer's sentences are in the page's language). Messages out:
// `{type: "progress", fraction, evaluations}` as it goes, then `{type: "done", result}` or
// `{type: "error", name, message}`.

import init, { set_language, suggest_order } from "../pkg/relief_workshop.js";

self.addEventListener("message", async (event) => {
  const { scenario, options, words } = event.data;
  try {
    await init();
    if (words) set_language(words);
    const result = suggest_order(scenario, options, (fraction, evaluations) => self.postMessage({ type: "progress", fraction, evaluations }));
    self.postMessage({ type: "done", result });
  } catch (err) {
    self.postMessage({ type: "error", name: err?.name, message: String(err?.message ?? err) });
  }
});
