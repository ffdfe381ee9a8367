// The scenario kept in this browser between visits (local storage), so nothing a reader builds
// is lost when the tab closes. The stored value is the scenario's JSON text (relief-scenario/1),
// readable by the command line as it is.
//
// Storage may be missing, blocked (private windows, strict settings) or full; every access is
// guarded, and what is wrong is returned as a sentence, never thrown.

/** Where the current scenario is kept. */
export const STORAGE_KEY = "relief-sequencer:scenario:v1";
/** Where a saved scenario that could not be read is moved, so it is never silently deleted. */
export const RESCUED_KEY = `${STORAGE_KEY}:rescued`;
/** Where the saved scenario goes when a link opened another one and the reader then changed it. */
export const PREVIOUS_KEY = `${STORAGE_KEY}:previous`;

function storage() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text stored under `key`, or null when there is none or storage cannot be read. */
export function readText(key = STORAGE_KEY) {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `text` under `key`; returns null, or a sentence saying why it could not be kept. */
export function writeText(text, key = STORAGE_KEY) {
  const store = storage();
  if (!store) return "this browser does not let the page keep anything between visits";
  try {
    store.setItem(key, text);
    return null;
  } catch (err) {
    const full = err?.name === "QuotaExceededError" || err?.code === 22;
    return full ? "this browser's storage for the page is full" : "this browser does not let the page keep anything between visits";
  }
}

/** Removes `key`; quietly does nothing when storage cannot be written. */
export function removeText(key) {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the entry stays, which loses nothing.
  }
}

/**
 * Moves unreadable saved text aside (RESCUED_KEY) so it is not read again on every visit but
 * stays in the browser for the reader to download.
 */
export function rescue(text) {
  if (writeText(text, RESCUED_KEY) === null) removeText(STORAGE_KEY);
}
