// The rules of the edit history behind Undo and Redo (www/explorer/io/history.js), which is plain
// JavaScript and runs here without a browser.

import { test } from "node:test";
import assert from "node:assert/strict";
import { EditHistory, HISTORY_LIMIT } from "../../www/explorer/io/history.js";

const scenario = (month) => ({ format: "relief-scenario/1", steps: [{ kind: "sectoral_easing", month }] });

test("undo and redo walk back and forth through recorded scenarios", () => {
  const h = new EditHistory(scenario(0));
  assert.equal(h.canUndo, false);
  assert.equal(h.undo(), null, "nothing to undo at first");
  assert.ok(h.record(scenario(1)));
  assert.ok(h.record(scenario(2)));
  assert.deepEqual(h.undo(), scenario(1));
  assert.deepEqual(h.undo(), scenario(0));
  assert.equal(h.undo(), null);
  assert.deepEqual(h.redo(), scenario(1));
  assert.deepEqual(h.redo(), scenario(2));
  assert.equal(h.redo(), null);
  assert.deepEqual(h.present, scenario(2));
});

test("a scenario equal to the present one is no step, and a new step forgets what was undone", () => {
  const h = new EditHistory(scenario(0));
  assert.equal(h.record(scenario(0)), false, "a chip dragged away and back");
  assert.equal(h.canUndo, false);
  h.record(scenario(1));
  h.record(scenario(2));
  h.undo();
  assert.equal(h.canRedo, true);
  h.record(scenario(5));
  assert.equal(h.canRedo, false);
  assert.deepEqual(h.undo(), scenario(1));
});

test("the history keeps at most its limit of steps back, dropping the oldest", () => {
  const h = new EditHistory(scenario(0));
  for (let m = 1; m <= HISTORY_LIMIT + 50; m++) h.record(scenario(m));
  let steps = 0;
  let last = null;
  for (let s = h.undo(); s; s = h.undo()) {
    steps++;
    last = s;
  }
  assert.equal(steps, HISTORY_LIMIT);
  assert.deepEqual(last, scenario(50));
});

test("what the history hands out cannot change what it keeps", () => {
  const h = new EditHistory(scenario(0));
  const next = scenario(1);
  h.record(next);
  next.steps[0].month = 40;
  const back = h.undo();
  back.steps[0].month = 30;
  assert.deepEqual(h.redo(), scenario(1));
  assert.deepEqual(h.undo(), scenario(0));
  assert.throws(() => {
    h.present.steps[0].month = 9;
  }, TypeError);
});
