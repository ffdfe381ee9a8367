// The briefing follows the scenario: the example briefing names the exercise's horizon in
// words, and a briefing that names another length of time is pointed out before it is shared.

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A horizon in words: "four years" for 48 months, "18 months" for 18, "one year" for 12. */
export function horizonInWords(months) {
  if (months % 12 === 0) {
    const years = months / 12;
    const n = NUMBER_WORDS[years] ?? String(years);
    return `${n} ${years === 1 ? "year" : "years"}`;
  }
  return `${months} months`;
}

/** The example briefing for an exercise over `months`. */
export function exampleBriefing(months) {
  return (
    `Each team proposes the order of relief, reform and confidence-building steps over ${horizonInWords(months)}. ` +
    "Aim to keep the risk of breakdown low while trust and the economy recover, and keep some leverage in hand. " +
    "Hand back your sequence when your team agrees on it."
  );
}

/** Whether `text` is the example briefing for some horizon (so it may follow the scenario). */
export function isExampleBriefing(text) {
  const m = /over (.+?)\. Aim to keep/.exec(text ?? "");
  if (!m) return false;
  const months = monthsOf(m[1]);
  return months !== null && exampleBriefing(months) === text;
}

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
