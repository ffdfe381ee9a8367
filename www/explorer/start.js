// What the page needs first, started the moment the page is parsed: the wasm module, compiled
// as it downloads, and the words of the reader's language. This module imports only the
// language choice (which imports nothing), so both fetches begin before the explorer's other
// modules have arrived; app.js finds them under way or done. `compiled` is null where the
// module can only be compiled from its bytes (a server that sends it with another content type).

import { DEFAULT_LANGUAGE, chooseLanguage, directionOf, fetchCatalogue } from "../shared/language.js";

export const compiled = WebAssembly.compileStreaming(fetch(new URL("../pkg/relief_web_bg.wasm", import.meta.url))).catch(() => null);

export const languageCode = chooseLanguage();

// The explorer's own words in English, named whole so the build counts them (see language.js).
export const pageWords = new URL("../pkg/locales/en-explorer.ftl", import.meta.url);

export const catalogue = fetchCatalogue(languageCode, pageWords);
// A failure is handled where the catalogue is read (the page stays in English and says why).
catalogue.catch(() => {});

// In another language, the page takes its direction at once and keeps its English markup out
// of sight until its words replace it (i18n.js lifts `data-l10n-waiting`), so a reader never
// sees the page flash from English to their language.
if (languageCode !== DEFAULT_LANGUAGE) {
  const root = document.documentElement;
  root.lang = languageCode;
  root.dir = directionOf(languageCode);
  root.dataset.l10nWaiting = "";
}
