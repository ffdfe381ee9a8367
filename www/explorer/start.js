// The page's wasm module, compiled as it downloads from the moment the page is parsed: this
// module has no imports, so it runs before the explorer's other modules have arrived, and
// app.js, which imports it, finds the compilation under way or done. Null where the module can
// only be compiled from its bytes (a server that sends it with another content type, say).

export const compiled = WebAssembly.compileStreaming(fetch(new URL("../pkg/relief_web_bg.wasm", import.meta.url))).catch(() => null);
