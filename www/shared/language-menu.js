// The language switcher: a menu of the page's languages, each named in itself, with a globe
// so a reader who cannot read the page's present language still finds it. Choosing one
// reopens the page in it, with what the reader made carried in the address.

import { LANGUAGES } from "./language.js";
import { lang, t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";

/** A globe, drawn in the text's colour. */
function globe() {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("language-globe");
  for (const d of ["M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z", "M1 8h14", "M8 1c2 2 2.8 4.5 2.8 7S10 13 8 15", "M8 1C6 3 5.2 5.5 5.2 8S6 13 8 15"]) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

/**
 * The switcher. `addressFor(code)` is the address that reopens the page in language `code`
 * with the reader's work in it (the scenario's link, say).
 *
 * @param {{ addressFor: (code: string) => string, id?: string }} options
 */
export function languageMenu({ addressFor, id = "language-select" }) {
  const wrap = document.createElement("span");
  wrap.className = "language-menu";
  const label = document.createElement("label");
  label.htmlFor = id;
  label.append(globe());
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = t("language-label");
  // Unless the page is in English, the word in English too: the one word a reader lost in a
  // language they cannot read looks for.
  if (lang() !== "en") {
    const english = document.createElement("span");
    english.lang = "en";
    english.textContent = "Language";
    name.append(" (", english, ")");
  }
  label.append(name);
  const select = document.createElement("select");
  select.id = id;
  for (const { code, name: own } of LANGUAGES) {
    const option = document.createElement("option");
    option.value = code;
    option.lang = code;
    option.textContent = own;
    select.append(option);
  }
  // A pseudo-language (tests only) shows as English's place in the menu.
  select.value = LANGUAGES.some((l) => l.code === lang()) ? lang() : "en";
  select.addEventListener("change", () => {
    location.assign(addressFor(select.value));
  });
  wrap.append(label, select);
  return wrap;
}

/** `href` with `lang=code` in its query. */
export function addressInLanguage(href, code) {
  const url = new URL(href);
  url.searchParams.set("lang", code);
  return url.href;
}
