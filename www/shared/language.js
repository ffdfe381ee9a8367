// Which language the page is in, decided before anything else loads: the address's `lang=`,
// else the first of the browser's languages the page has, else English. This module imports
// nothing, so the explorer's first module can start fetching the catalogue while the rest of
// the page is still arriving.

/**
 * The languages a reader can choose, in the switcher's order, each named in itself. The two
 * pseudo-languages are for tests: `en-XA` is English accented and about 40% longer, `ar-XB`
 * the same laid out right to left. The address reaches them; the switcher never offers them.
 */
export const LANGUAGES = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "es", name: "Español", dir: "ltr" },
  { code: "fr", name: "Français", dir: "ltr" },
  { code: "ru", name: "Русский", dir: "ltr" },
  { code: "fa", name: "فارسی", dir: "rtl" },
  // Arabic numbers in Arabic-Indic digits (٠١٢), as its translation writes them and as most of
  // its readers' press prints them; Intl's default for "ar" is Western digits.
  { code: "ar", name: "العربية", dir: "rtl", locale: "ar-u-nu-arab" },
];

/** The pseudo-languages, with their direction and the catalogue they are made from. */
export const PSEUDO = {
  "en-XA": { dir: "ltr", base: "en" },
  "ar-XB": { dir: "rtl", base: "en" },
};

export const DEFAULT_LANGUAGE = "en";

/** Every code `lang=` accepts. */
export const KNOWN = [...LANGUAGES.map((l) => l.code), ...Object.keys(PSEUDO)];

/** The language the address asks for (`?lang=`), if the page has it. */
export function askedLanguage(search = location.search) {
  const asked = new URLSearchParams(search).get("lang");
  if (!asked) return null;
  return KNOWN.find((code) => code.toLowerCase() === asked.trim().toLowerCase()) ?? null;
}

/**
 * The page's language: the address's `lang=`, else the first of the reader's languages whose
 * primary subtag the page has ("fa-IR" reads Persian), else English.
 */
export function chooseLanguage(search = location.search, preferred = navigator.languages ?? [navigator.language]) {
  const asked = askedLanguage(search);
  if (asked) return asked;
  for (const tag of preferred) {
    const primary = String(tag ?? "").split("-")[0].toLowerCase();
    if (LANGUAGES.some((l) => l.code === primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The locale Intl and Fluent format language `code`'s numbers, dates and plurals in. */
export function localeOf(code) {
  if (PSEUDO[code]) return PSEUDO[code].base;
  const language = LANGUAGES.find((l) => l.code === code);
  return language?.locale ?? language?.code ?? DEFAULT_LANGUAGE;
}

/** The direction language `code` reads in. */
export function directionOf(code) {
  return PSEUDO[code]?.dir ?? LANGUAGES.find((l) => l.code === code)?.dir ?? "ltr";
}

// The words both pages use, in English, named whole so that the build counts them in what a
// first visit downloads and keeps them for reading offline. Each page names its own part the
// same way (`en-explorer.ftl`, `en-workshop.ftl`); another language's files are beside them
// under its code.
const ENGLISH_CATALOGUE = "../pkg/locales/en.ftl";

/**
 * The files holding the words of `code` (a pseudo-language's are English's): those both pages
 * use, then the page's own, given by the address of its English file, `pageWords`, then, in
 * every language but English itself, the words the wasm module writes or hands the page (the
 * model's names, its sentences, the presets' texts: `<file>-module.ftl`). In English the
 * module carries them, so an English reader never downloads them twice.
 */
export function catalogueUrls(code, pageWords = null, base = import.meta.url) {
  const file = PSEUDO[code]?.base ?? code;
  const english = file === DEFAULT_LANGUAGE;
  const urls = [new URL(english ? ENGLISH_CATALOGUE : `../pkg/locales/${file}.ftl`, base)];
  if (pageWords) {
    const page = new URL(pageWords, base);
    urls.push(english ? page : new URL(page.href.replace(/\/en-([a-z]+)\.ftl$/, `/${file}-$1.ftl`)));
  }
  if (code !== DEFAULT_LANGUAGE) urls.push(new URL(`../pkg/locales/${file}-module.ftl`, base));
  return urls;
}

/**
 * Starts fetching the words of `code` for a page (see catalogueUrls): resolves to their Fluent
 * source, or rejects saying why.
 */
export function fetchCatalogue(code, pageWords = null) {
  const texts = catalogueUrls(code, pageWords).map((url) =>
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`The words for the language “${code}” could not be loaded (HTTP ${response.status}).`);
      return response.text();
    }),
  );
  return Promise.all(texts).then((parts) => parts.join("\n"));
}
