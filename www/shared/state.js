// The page's one state: the scenario (a relief-scenario/1 document) plus what is selected.
// Every change makes a new scenario object through one of these pure functions; the page
// then redraws from it. Steps and shocks are addressed as {list: "steps"|"shocks", index}.

/** A deep copy of a scenario (it is plain JSON). */
export function copy(scenario) {
  return JSON.parse(JSON.stringify(scenario));
}

/** The scenario's horizon, with the format's default. */
export function horizonOf(scenario) {
  return scenario.horizon_months ?? 48;
}

/** Keeps a month on the timeline: a whole number in 0..horizon-1. */
export function clampMonth(scenario, month) {
  const last = horizonOf(scenario) - 1;
  const m = Math.round(Number(month));
  if (!Number.isFinite(m)) return 0;
  return Math.min(last, Math.max(0, m));
}

/** The step or shock at ref, or undefined. */
export function itemAt(scenario, ref) {
  if (!ref) return undefined;
  return (scenario[ref.list] ?? [])[ref.index];
}

/** A new scenario with the item at ref moved to month (clamped). */
export function moveItem(scenario, ref, month) {
  const next = copy(scenario);
  const item = itemAt(next, ref);
  if (item) item.month = clampMonth(next, month);
  return next;
}

/** A new scenario with one field of the item at ref set (undefined removes it). */
export function setItemField(scenario, ref, field, value) {
  const next = copy(scenario);
  const item = itemAt(next, ref);
  if (item) {
    if (value === undefined) delete item[field];
    else item[field] = value;
  }
  return next;
}

/** A new scenario with a step or shock of kind added at month; returns [scenario, ref]. */
export function addItem(scenario, list, kind, month) {
  const next = copy(scenario);
  if (!Array.isArray(next[list])) next[list] = [];
  next[list].push({ kind, month: clampMonth(next, month) });
  return [next, { list, index: next[list].length - 1 }];
}

/** A new scenario without the item at ref. */
export function removeItem(scenario, ref) {
  const next = copy(scenario);
  if (Array.isArray(next[ref.list])) next[ref.list].splice(ref.index, 1);
  return next;
}

/** A new scenario with one assumption set. */
export function setAssumption(scenario, key, value) {
  const next = copy(scenario);
  next.assumptions = { ...(next.assumptions ?? {}), [key]: value };
  return next;
}

/** A new scenario over another horizon; steps and shocks past it move to its last month. */
export function setHorizon(scenario, horizon) {
  const next = copy(scenario);
  next.horizon_months = horizon;
  for (const list of ["steps", "shocks"]) {
    for (const item of next[list] ?? []) item.month = Math.min(item.month, horizon - 1);
  }
  return next;
}

/** A new scenario with a top-level field (runs, seed, title) set. */
export function setField(scenario, field, value) {
  const next = copy(scenario);
  next[field] = value;
  return next;
}

/** Whether two refs name the same item. */
export function sameRef(a, b) {
  return !!a && !!b && a.list === b.list && a.index === b.index;
}

/** How far each key moves a month: arrows a month, Page Up and Page Down half a year. */
const KEY_STEPS = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 6, PageDown: -6 };

/**
 * The month a key moves `month` to, within 0..last (Home the first, End the last), or null for
 * a key that moves no month. The timeline's chips and the charts' months both step this way.
 */
export function monthForKey(key, month, last) {
  let next;
  if (key in KEY_STEPS) next = month + KEY_STEPS[key];
  else if (key === "Home") next = 0;
  else if (key === "End") next = last;
  else return null;
  return Math.min(last, Math.max(0, next));
}
