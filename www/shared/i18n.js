// The page in the reader's language: which language (the address's `lang=`, else the
// browser's languages, else English), its message catalogue (Project Fluent, one file a
// language, `pkg/locales/<code>.ftl`, fetched only when chosen), the document's `lang` and
// `dir`, the markup's `data-l10n-id` elements, and numbers in the language's digits.
//
// Every word a reader sees comes from the catalogue: markup names its message with
// `data-l10n-id` (the English in the markup is only what shows before the catalogue arrives),
// and scripts call `t(id, args)`. Months and charts keep running left to right in every
// language; the timeline and the charts are marked `dir="ltr"` for that.

import { FluentBundle, FluentResource, DOMLocalization } from "../pkg/fluent.js";
import { DEFAULT_LANGUAGE, LANGUAGES, PSEUDO, askedLanguage, catalogueUrls, chooseLanguage, directionOf, fetchCatalogue, localeOf } from "./language.js";

export { LANGUAGES, chooseLanguage };

/** Whether the address names the language (so links made here should too). */
export function languageInAddress() {
  return askedLanguage() != null;
}

let current = null;

/** The language the page is in, its direction, and its catalogue. */
export function language() {
  return current;
}

/** The page's language code: "en", "fa", … */
export function lang() {
  return current?.code ?? DEFAULT_LANGUAGE;
}

/** Whether the page reads right to left. */
export function isRtl() {
  return current?.dir === "rtl";
}

// The pseudo-languages' words: every letter accented, every vowel doubled (about 40% longer),
// markup and placeables untouched.
const ACCENTED = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i]]),
);
const VOWELS = new Set([..."aeiouyAEIOUY"]);

/** English turned into a pseudo-language's words (exported for the tests of the page). */
export function pseudo(text) {
  let out = "";
  let inTag = false;
  for (const c of text) {
    if (c === "<") inTag = true;
    if (inTag) {
      out += c;
      if (c === ">") inTag = false;
      continue;
    }
    const accented = ACCENTED[c];
    out += accented ? (VOWELS.has(c) ? accented + accented : accented) : c;
  }
  return out;
}

/**
 * Loads the page's language and applies it: `lang` and `dir` on the document, the markup's
 * `data-l10n-id` elements translated. Resolves once the catalogue is in place, so `t()` works
 * from then on. A catalogue that cannot be loaded leaves the page in English, and the result's
 * `failure` says why.
 *
 * @param {string} [code] the language (else chooseLanguage())
 * @param {{source?: Promise<string>, pageWords?: string|URL}} [options] `pageWords`, the
 *   address of the page's own English words (see language.js); `source`, the catalogue's text
 *   when it is already being fetched
 * @returns {Promise<{code: string, failure: Error|null}>}
 */
export async function loadLanguage(code = chooseLanguage(), { source = null, pageWords = null } = {}) {
  let failure = null;
  let text;
  // A page's first number format costs it 12 to 19 ms (the engine loads its number data,
  // whatever the locale), and the timeline's months need one before the first chart. Made
  // here, it is paid while the words are on their way.
  new Intl.NumberFormat(localeOf(code)).format(0);
  try {
    text = await (source ?? fetchCatalogue(code, pageWords));
  } catch (error) {
    failure = error;
    code = DEFAULT_LANGUAGE;
    text = await fetchCatalogue(code, pageWords);
  }
  const dir = directionOf(code);
  const pseudoLanguage = code in PSEUDO;
  const locale = localeOf(code);
  // Isolating marks around placeables keep a number or a name in Latin script the right way
  // round in a right-to-left sentence.
  const bundle = new FluentBundle(locale, { useIsolating: dir === "rtl", transform: pseudoLanguage ? pseudo : (s) => s });
  const errors = bundle.addResource(new FluentResource(text));
  for (const error of errors) console.error(`catalogue ${code}: ${error.message}`);
  current = { code, dir, locale, bundle, numbers: new Map() };
  // The markup is written in English, word for word what the English catalogue says (a test
  // of the page checks every element of both pages): in English there is nothing to put in, and
  // the page starts about 20 ms sooner for not formatting every message once.
  await applyToDocument(document, { markupInWords: code === DEFAULT_LANGUAGE });
  keepForOffline(code, pageWords);
  return { code, failure };
}

/**
 * Keeps the language's words for reading offline. The offline worker files every response it
 * serves, but the first visit's words arrive before it controls the page: once it does, they
 * are fetched again through it (from the browser's cache). English is in its list already (a
 * pseudo-language's presets' texts are not, so it is fetched again too).
 */
function keepForOffline(code, pageWords) {
  const workers = navigator.serviceWorker;
  if (!workers || code === DEFAULT_LANGUAGE) return;
  const again = () => {
    for (const url of catalogueUrls(code, pageWords)) fetch(url).catch(() => {});
  };
  if (workers.controller) again();
  else workers.addEventListener("controllerchange", again, { once: true });
}

/**
 * Puts the language on a document: `lang`, `dir`, and its `data-l10n-id` elements translated,
 * those in its markup now (unless `markupInWords`: the markup says already what the language
 * would) and any that scripts add or change from then on.
 */
export async function applyToDocument(doc, { markupInWords = false } = {}) {
  const root = doc.documentElement;
  root.lang = lang();
  root.dir = current.dir;
  const bundle = current.bundle;
  const localization = new DOMLocalization([], () => [bundle]);
  localization.connectRoot(root);
  if (!markupInWords) await localization.translateRoots();
  root.removeAttribute("data-l10n-waiting");
}

/** Whether the catalogue has the message `id`. */
export function has(id) {
  return current?.bundle.hasMessage(id) ?? false;
}

/**
 * The message `id` in the page's language, with its arguments (numbers are formatted in the
 * language's digits). A message the catalogue lacks is a bug: it shows as its id, and the
 * console says so, so the tests of the page find it.
 */
export function t(id, args = null) {
  const bundle = current?.bundle;
  const message = bundle?.getMessage(id);
  if (!message?.value) {
    console.error(`missing message: ${id}`);
    return id;
  }
  const errors = [];
  const text = bundle.formatPattern(message.value, args, errors);
  for (const error of errors) console.error(`message ${id}: ${error.message}`);
  return text;
}

/** An attribute of the message `id` (`aria-label`, `title`, …), formatted like t(). */
export function tAttr(id, attribute, args = null) {
  const bundle = current?.bundle;
  const pattern = bundle?.getMessage(id)?.attributes?.[attribute];
  if (!pattern) {
    console.error(`missing message: ${id}.${attribute}`);
    return `${id}.${attribute}`;
  }
  return bundle.formatPattern(pattern, args);
}

/** A number in the page's language: its digits, separators and, with options, its style. */
export function formatNumber(value, options = {}) {
  const key = JSON.stringify(options);
  let format = current?.numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(current?.locale ?? DEFAULT_LANGUAGE, options);
    current?.numbers.set(key, format);
  }
  return format.format(value);
}

/**
 * A date in the page's language, by `Intl.DateTimeFormat` with `options`; in English by
 * `english`'s conventions ("en-GB" writes the day first: "7 December 2026"). A pseudo-language's
 * dates are accented like its words, so the tests of the page can tell them from English.
 */
export function formatDate(date, options, english = DEFAULT_LANGUAGE) {
  const locale = current?.locale ?? DEFAULT_LANGUAGE;
  const text = new Intl.DateTimeFormat(locale === DEFAULT_LANGUAGE ? english : locale, options).format(date);
  return current && current.code in PSEUDO ? pseudo(text) : text;
}

/** A share from 0 to 1 as a whole percentage in the page's language ("42%", "٪۴۲"). */
export function formatPercent(share, digits = 0) {
  return formatNumber(share, { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * `text` without the invisible marks that isolate a placeable in a right-to-left sentence
 * (U+2068, U+2069): for words that become data the reader edits or that is matched, such as a
 * team's name or a briefing, where they would be invisible in the field and in every file.
 */
export function withoutIsolationMarks(text) {
  return text.replace(/[\u2068\u2069]/g, "");
}

/** A level from 0 to 1 with two decimals in the page's language ("0.42", "۰٫۴۲"). */
export function formatLevel(value) {
  return formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * `url` with the page's language in it when the reader chose one by address or reads in a
 * language other than English, so a link made here reopens in the same language.
 */
export function withLanguage(url) {
  const out = new URL(url);
  if (languageInAddress() || lang() !== DEFAULT_LANGUAGE) out.searchParams.set("lang", lang());
  return out;
}

// Every variable of a message formatted as its own placeholder, `{ $name }`: the module's
// sentences come back as patterns the module fills itself (see crates/web/src/language.rs).
const PLACEHOLDERS = new Proxy(
  {},
  {
    get: (_, name) => `{ $${String(name)} }`,
    has: () => true,
    getOwnPropertyDescriptor: (_, name) => ({ value: `{ $${String(name)} }`, configurable: true, enumerable: true, writable: false }),
  },
);

/** The parts of a number the language writes around its digits, by Intl's reckoning. */
function numberParts() {
  const plain = new Intl.NumberFormat(current.locale, { useGrouping: false });
  const digits = [...Array(10).keys()].map((d) => plain.format(d));
  const part = (parts, type, fallback) => parts.find((p) => p.type === type)?.value ?? fallback;
  const decimal = part(plain.formatToParts(1.5), "decimal", ".");
  const minus = part(plain.formatToParts(-1), "minusSign", "-");
  const percent = new Intl.NumberFormat(current.locale, { style: "percent", useGrouping: false }).formatToParts(0.42);
  const at = percent.findIndex((p) => p.type === "integer");
  const text = (parts) => parts.map((p) => p.value).join("");
  return { digits, decimal, minus, percent_before: text(percent.slice(0, at)), percent_after: text(percent.slice(at + 1)) };
}

/**
 * The words the wasm module writes its sentences with, as the JSON its `set_language` reads:
 * the messages `ids` as patterns, and how the language writes numbers. `"null"` for English,
 * which the module has already.
 */
export function wordsForModule(ids) {
  moduleWordsMade = makeWordsForModule(ids);
  return moduleWordsMade;
}

let moduleWordsMade = "null";

/** The words last made for the module, for a worker that runs the module too. */
export function moduleWords() {
  return moduleWordsMade;
}

function makeWordsForModule(ids) {
  if (lang() === DEFAULT_LANGUAGE) return "null";
  const sentences = {};
  for (const id of ids) {
    // "model-shock-x.explanation" names an attribute of a message.
    const [name, attribute] = id.split(".");
    const message = current.bundle.getMessage(name);
    const pattern = attribute ? message?.attributes?.[attribute] : message?.value;
    if (!pattern) {
      console.error(`missing message: ${id}`);
      continue;
    }
    sentences[id] = current.bundle.formatPattern(pattern, PLACEHOLDERS);
  }
  return JSON.stringify({ sentences, ...numberParts() });
}
