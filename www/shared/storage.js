// What a page keeps in this browser between visits (local storage): the explorer's scenario,
// the workshop's workspace and each team's sequence. Storage may be missing, blocked (private
// windows, strict settings) or full; every access is guarded, and what is wrong is returned as
// a sentence, never thrown. Nothing unreadable is ever deleted: it is set aside instead.

import { t } from "./i18n.js";

function storage() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text stored under `key`, or null when there is none or storage cannot be read. */
export function readText(key) {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores `text` under `key`; returns null, or the reason it could not be kept, in words the
 * page puts inside a sentence of its own.
 */
export function writeText(key, text) {
  const store = storage();
  if (!store) return t("storage-not-allowed");
  try {
    store.setItem(key, text);
    return null;
  } catch (err) {
    const full = err?.name === "QuotaExceededError" || err?.code === 22;
    return t(full ? "storage-full" : "storage-not-allowed");
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

/** Where the unreadable text once kept under `key` is set aside. */
export const asideKey = (key) => `${key}:rescued`;

/**
 * Moves unreadable text kept under `key` aside (see asideKey), so it is not read again on every
 * visit but stays in the browser for the reader to download. `key` is removed only once the
 * copy is kept.
 */
export function setAside(key, text) {
  if (writeText(asideKey(key), text) === null) removeText(key);
}
