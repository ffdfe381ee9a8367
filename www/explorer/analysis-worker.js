// A dedicated Web Worker that answers the page's longer questions off its thread: "What matters
// most?" (analysis.js), which swings every assumption and each step's month and size, and
// "Suggest a better order" (suggest.js), which tries other months for the steps. Each re-runs
// the scenario a hundred times over or more, and the page must keep answering meanwhile. It
// runs the page's own wasm module, compiled once by the page and sent here, so the numbers are
// those the command line and the page would give. The page makes one worker a question and
// ends it to cancel.
//
// Messages in: `{question: "what-matters-most", module, words, scenario, outcome, month}` or
// `{question: "suggest", module, words, scenario, options}` (the compiled module, or null to
// fetch it; the reader's language's words for the module, from i18n.js's wordsForModule; the
// scenario as JSON text). Messages out: `{type: "progress", …}` as it goes (`done` and
// `total` factors, or the search's `fraction` and `evaluations`), then `{type: "done", json}`
// (the tornado as JSON text) or `{type: "done", result}` (the suggestion), or
// `{type: "error", name, message}`.

import init, { set_language, suggest_order, what_matters_most } from "../pkg/relief_web.js";

const QUESTIONS = {
  "what-matters-most": ({ scenario, outcome, month }, progress) => ({
    json: what_matters_most(scenario, outcome, month, (done, total) => progress({ done, total })),
  }),
  suggest: ({ scenario, options }, progress) => ({
    result: suggest_order(scenario, options, (fraction, evaluations) => progress({ fraction, evaluations })),
  }),
};

self.addEventListener("message", async (event) => {
  const message = event.data;
  try {
    await init(message.module ? { module_or_path: message.module } : undefined);
    // The answer's words (the bars' names, the suggestion's sentences) in the reader's language.
    if (message.words) set_language(message.words);
    const answer = QUESTIONS[message.question](message, (progress) => self.postMessage({ type: "progress", ...progress }));
    self.postMessage({ type: "done", ...answer });
  } catch (err) {
    // A trap is told as one, so the page reports the model's failure as it would its own.
    self.postMessage({ type: "error", name: err?.name, message: String(err?.message ?? err) });
  }
});
