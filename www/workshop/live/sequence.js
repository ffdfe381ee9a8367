// A team's sequence in its live document: the steps, each under an identifier of its own in
// the map "steps", in the order the list "order" keeps. Two devices of a team that move
// different steps, or add steps at once, both keep their edits; two that change the same step
// at once keep the later change of it. The page's own edits arrive as whole scenarios (see
// shared/state.js: a move or a field changes one step in place, an add appends one, a removal
// takes one out), so the change is found by comparing with the steps last read.

/** The steps in the document, in order, with their identifiers: `{steps, ids}`. */
export function readSteps(doc) {
  const map = doc.getMap("steps");
  const seen = new Set();
  const ids = [];
  // Two devices that started the team at once both listed its first steps: each is read once.
  for (const id of doc.getArray("order").toArray()) {
    if (typeof id !== "string" || seen.has(id) || !map.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  return { steps: ids.map((id) => structuredClone(map.get(id))), ids };
}

/** Whether the team has started: its first steps are in the document. */
export function started(doc) {
  return doc.getMap("meta").get("started") === true;
}

/**
 * Puts the team's first steps in the document, once. Each first step's identifier is its
 * place, so devices that start the team at the same moment write the same entries.
 */
export function startSteps(doc, steps) {
  doc.transact(() => {
    const map = doc.getMap("steps");
    const order = doc.getArray("order");
    steps.forEach((step, i) => map.set(`s${i}`, step));
    order.push(steps.map((_, i) => `s${i}`));
    doc.getMap("meta").set("started", true);
  });
}

/** An identifier no other device will choose: 64 random bits. */
function freshId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `n${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes one edit of the page's, from `before` (the steps the page showed, with their `ids`)
 * to `next`, as the smallest change: the steps that changed in place, one added at the end, or
 * one taken out. Anything else (starting over) replaces the whole sequence. Only what the edit
 * changed is written, so a change another device made meanwhile, which the page has not shown
 * yet, is kept. Returns the identifiers of `next`'s steps.
 */
export function writeSteps(doc, before, ids, next) {
  const map = doc.getMap("steps");
  const order = doc.getArray("order");
  let written = ids;
  doc.transact(() => {
    if (next.length === before.length) {
      next.forEach((step, i) => {
        if (!same(step, before[i])) map.set(ids[i], step);
      });
      return;
    }
    if (next.length === before.length + 1 && before.every((step, i) => same(step, next[i]))) {
      const id = freshId();
      map.set(id, next[next.length - 1]);
      order.push([id]);
      written = [...ids, id];
      return;
    }
    if (next.length === before.length - 1) {
      let at = next.findIndex((step, i) => !same(step, before[i]));
      if (at < 0) at = before.length - 1;
      if (next.slice(at).every((step, i) => same(step, before[at + 1 + i]))) {
        removeId(order, ids[at]);
        map.delete(ids[at]);
        written = ids.filter((_, i) => i !== at);
        return;
      }
    }
    // A whole new sequence: every step under a new identifier.
    for (const id of [...map.keys()]) map.delete(id);
    order.delete(0, order.length);
    written = next.map(() => freshId());
    next.forEach((step, i) => map.set(written[i], step));
    order.push(written);
  });
  return written;
}

function removeId(order, id) {
  const all = order.toArray();
  for (let i = all.length - 1; i >= 0; i -= 1) if (all[i] === id) order.delete(i, 1);
}
