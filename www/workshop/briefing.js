// The briefing follows the scenario: the example briefing names the exercise's horizon in
// words, and a briefing that names another length of time is pointed out before it is shared.

import { t, withoutIsolationMarks } from "../shared/i18n.js";

/** The longest horizon a scenario may have, in months (the model's limit). */
const MAX_HORIZON = 240;

/** A horizon in words: "four years" for 48 months, "18 months" for 18, "one year" for 12. */
export function horizonInWords(months) {
  const words = months % 12 === 0 ? t("ws-brief-horizon-years", { years: months / 12 }) : t("ws-brief-horizon-months", { months });
  return withoutIsolationMarks(words);
}

/**
 * The example briefing for an exercise over `months`, in the page's language: text the
 * facilitator edits, so without the invisible marks a right-to-left language puts around its
 * horizon.
 */
export function exampleBriefing(months) {
  return withoutIsolationMarks(t("ws-brief-example", { horizon: horizonInWords(months) }));
}

/**
 * Whether `saved` is the example briefing, in the page's language, for some horizon (so it may
 * follow the scenario). The example is compared whole, so a briefing the facilitator has
 * touched is never replaced.
 */
export function isExampleBriefing(saved) {
  if (!saved) return false;
  // Examples made before they left out the isolating marks still count.
  const text = withoutIsolationMarks(saved);
  // The example with a mark where the horizon goes gives the words around the horizon.
  const mark = "\u{E000}";
  const [before, after] = withoutIsolationMarks(t("ws-brief-example", { horizon: mark })).split(mark);
  if (after === undefined || text.length <= before.length + after.length) return false;
  if (!text.startsWith(before) || !text.endsWith(after)) return false;
  const horizon = text.slice(before.length, text.length - after.length);
  for (let months = 1; months <= MAX_HORIZON; months += 1) {
    if (horizonInWords(months) === horizon) return true;
  }
  return false;
}

// The check below reads English: its number words and the words that give an exercise's
// length are English ones, so in a briefing written in another language it finds nothing.
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const DURATION = new RegExp(`\\b(${NUMBER_WORDS.slice(1).join("|")}|\\d{1,3})[ -](years?|months?)\\b`, "gi");

/** The length of time a phrase such as "four years" or "30-month" names, in months. */
function monthsOf(phrase) {
  const m = new RegExp(DURATION.source, "i").exec(phrase);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
  return /^year/i.test(m[2]) ? n * 12 : n;
}

/**
 * The lengths of time a briefing names that are not the exercise's horizon: phrases such as
 * "four years" or "36 months" whose length differs from `months`. A briefing may well name
 * shorter spans ("in the first six months"), so only a phrase after "over", "for", "across" or
 * "within" (the words that give an exercise's length) is checked.
 */
export function briefingMismatches(text, months) {
  const found = [];
  for (const m of (text ?? "").matchAll(DURATION)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
    if (!/\b(over|for|across|within|of)\s+(the\s+next\s+)?$/.test(before)) continue;
    const length = monthsOf(m[0]);
    if (length !== null && length !== months) found.push(m[0]);
  }
  return found;
}
