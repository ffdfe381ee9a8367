// A Web Worker that counts slices of a scenario's runs for the page (see ensemble-pool.js). It
// runs the page's own wasm module, compiled once by the page and sent here, so every run is
// the one the page would run itself, bit for bit.
//
// Messages in: `{type: "init", glue, module}` once (the URL of the page's wasm glue and the
// compiled module), then `{type: "count", scenario, start, end}` for each slice.
// Messages out: `{type: "ready"}` or `{type: "failed", message}` after init, then for each
// slice `{type: "counts", words}` (the words' buffer is transferred, not copied) or
// `{type: "error", name, message}`.

let countRuns = null;

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === "init") {
    try {
      const glue = await import(message.glue);
      await glue.default({ module_or_path: message.module });
      countRuns = glue.count_runs;
      self.postMessage({ type: "ready" });
    } catch (err) {
      self.postMessage({ type: "failed", message: String(err?.message ?? err) });
    }
    return;
  }
  if (message.type !== "count") return;
  try {
    const words = countRuns(message.scenario, message.start, message.end);
    self.postMessage({ type: "counts", words }, [words.buffer]);
  } catch (err) {
    // A trap is told as one, so the page reports the model's failure as it would its own.
    self.postMessage({ type: "error", name: err?.name, message: String(err?.message ?? err) });
  }
});
