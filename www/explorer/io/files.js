// Scenario files: saving the scenario as a relief-scenario/1 JSON file, and opening one, from a
// file picker or by dropping it anywhere on the page. A file is checked by the same model code
// as `relief validate`, and each problem is listed as the command line lists it
// ("plan.json: /steps/3/month: 61 is past horizon_months 48"); the scenario on the page is kept.

import { validate } from "../../pkg/relief_web.js";
import { announce, el, onFileDrop, saveFile, slug } from "../../shared/dom.js";
import { formatNumber, t } from "../../shared/i18n.js";

/** The largest file read, in bytes: the model reads no scenario larger than 1 MiB. */
export const MAX_FILE_BYTES = 1 << 20;

/** The scenario as the JSON file "Save scenario" writes: complete, every default filled in. */
export function scenarioFile(scenario) {
  const complete = validate(scenario);
  return { text: `${JSON.stringify(complete, null, 2)}\n`, filename: `${slug(complete.title)}.json` };
}

/** A file's name as shown in messages: no control characters, not absurdly long. */
function shownName(name) {
  const clean = String(name || t("files-unnamed")).replace(/[\u0000-\u001f\u007f]/g, "");
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/**
 * Reads and validates a scenario file. Resolves to `{scenario}` or `{error}`, a message that
 * says the current scenario is kept and lists every problem as `name: /path: message`.
 */
export async function readScenarioFile(file) {
  const name = shownName(file.name);
  const fail = (lines) => ({
    // Each problem is listed as the command line lists it: "name: /path: message".
    error: [t("files-cannot-open", { name }), ...lines.map((l) => `${name}: ${l}`)].join("\n"),
  });
  if (file.size > MAX_FILE_BYTES) {
    // What the model says of a document too large (the command line says the same, its numbers
    // written without separators), said here before the file is read, so a huge file never
    // stalls the page.
    const kb = (bytes) => formatNumber(Math.floor(bytes / 1024), { useGrouping: false });
    return fail([t("files-too-large", { size: kb(file.size), max: kb(MAX_FILE_BYTES) })]);
  }
  let text;
  try {
    const bytes = await file.arrayBuffer();
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (err) {
    if (err instanceof TypeError) return fail([t("files-not-utf8")]);
    return fail([t("files-unreadable", { reason: err?.message ?? String(err) })]);
  }
  // A byte order mark is allowed in UTF-8 files; JSON itself does not allow it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { scenario: validate(text) };
  } catch (err) {
    return fail(String(err?.message ?? err).split("\n").filter(Boolean));
  }
}

/**
 * The ways a file comes in: the "Open…" button's picker and a drop anywhere on the page, with
 * an overlay while a file is dragged over the page.
 *
 * @param {object} o
 * @param {HTMLButtonElement} o.button the "Open…" button
 * @param {(scenario: object, name: string) => void} o.open shows an opened scenario
 * @param {(message: string) => void} o.showError
 */
export function setUpOpening({ button, open, showError }) {
  const input = document.createElement("input");
  input.type = "file";
  input.id = "open-file-input";
  input.accept = ".json,application/json";
  input.hidden = true;
  input.setAttribute("aria-label", t("files-input-label"));
  document.body.append(input);

  const openFile = async (file) => {
    const read = await readScenarioFile(file);
    if (read.error) {
      showError(read.error);
      return;
    }
    open(read.scenario, file.name);
    announce(t("files-opened", { name: shownName(file.name) }));
  };

  button.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    // Clearing the value lets the same file be chosen again after it is fixed.
    input.value = "";
    if (file) openFile(file);
  });

  const overlay = el("div", "drop-overlay");
  overlay.id = "drop-overlay";
  overlay.hidden = true;
  overlay.append(el("p", "drop-box", t("files-drop-hint")));
  document.body.append(overlay);

  onFileDrop(overlay, (files) => {
    if (files.length !== 1) {
      showError(t("files-drop-one", { count: files.length }));
      return;
    }
    openFile(files[0]);
  });
}

/** Saves the scenario as a JSON file named after its title. */
export function saveScenario(scenario) {
  const { text, filename } = scenarioFile(scenario);
  saveFile(text, filename, "application/json");
  announce(t("io-file-saved", { name: filename }));
}
