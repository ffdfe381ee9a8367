// A Web Worker that counts slices of a scenario's runs for the page (see ensemble-pool.js). It
// runs the page's own wasm module, compiled once by the page and sent here, so every run is
// the one the page would run itself, bit for bit.
//
// Messages in: `{type: "init", glue, module}` once (the URL of the page's wasm glue and the
// compiled module), then `{type: "count", scenario, start, end}` for each slice, or, for
// "Why?" in the explorer, `{type: "explain", scenario, series, month, from, to}` for a share
// of an explanation's re-runs.
// Messages out: `{type: "ready"}` or `{type: "failed", message}` after init, then for each
// slice `{type: "counts", words}`, for each share `{type: "done", result}` (the values of its
// re-runs; buffers are transferred, not copied), or `{type: "error", name, message}`.

let glue = null;

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === "init") {
    try {
      const loaded = await import(message.glue);
      await loaded.default({ module_or_path: message.module });
      glue = loaded;
      self.postMessage({ type: "ready" });
    } catch (err) {
      self.postMessage({ type: "failed", message: String(err?.message ?? err) });
    }
    return;
  }
  try {
    if (message.type === "count") {
      const words = glue.count_runs(message.scenario, message.start, message.end);
      self.postMessage({ type: "counts", words }, [words.buffer]);
    } else if (message.type === "explain") {
      // Only the explorer's module explains; the workshop's never sends this.
      const { scenario, series, month, from, to } = message;
      const result = glue.explain_values(scenario, series, month, from, to);
      self.postMessage({ type: "done", result }, [result.buffer]);
    }
  } catch (err) {
    // A trap is told as one, so the page reports the model's failure as it would its own.
    self.postMessage({ type: "error", name: err?.name, message: String(err?.message ?? err) });
  }
});
