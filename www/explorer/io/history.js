// The edit history behind Undo and Redo: a bounded list of settled scenarios and a place in
// it. It holds plain relief-scenario/1 objects and knows nothing of the page, so the rules
// (what counts as one step, what is dropped when the list is full) are easy to read and test.

/** How many earlier scenarios Undo can go back to; the oldest are dropped beyond this. */
export const HISTORY_LIMIT = 200;

export class EditHistory {
  /**
   * @param {object} present the scenario the page opened with
   * @param {number} [limit] how many steps back are kept
   */
  constructor(present, limit = HISTORY_LIMIT) {
    this.limit = Math.max(1, limit);
    this.past = [];
    this.future = [];
    this.current = freeze(present);
    this.currentText = JSON.stringify(this.current);
  }

  /** The scenario the history is at. */
  get present() {
    return this.current;
  }

  get canUndo() {
    return this.past.length > 0;
  }

  get canRedo() {
    return this.future.length > 0;
  }

  /**
   * Records a settled change. A scenario equal to the present one is no step at all (a chip
   * dragged away and back); any real change makes Redo forget what was undone, as in every
   * editor. Returns whether a step was recorded.
   */
  record(scenario) {
    const text = JSON.stringify(scenario);
    if (text === this.currentText) return false;
    this.past.push(this.current);
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    this.future = [];
    this.current = freeze(scenario);
    this.currentText = text;
    return true;
  }

  /** Steps back; returns the scenario to show, or null when there is nothing to undo. */
  undo() {
    if (!this.past.length) return null;
    this.future.push(this.current);
    this.current = this.past.pop();
    this.currentText = JSON.stringify(this.current);
    return copy(this.current);
  }

  /** Steps forward again; returns the scenario to show, or null when there is nothing to redo. */
  redo() {
    if (!this.future.length) return null;
    this.past.push(this.current);
    this.current = this.future.pop();
    this.currentText = JSON.stringify(this.current);
    return copy(this.current);
  }
}

/** A deep copy that nobody can change by accident: history entries are shared with the page. */
function freeze(scenario) {
  return deepFreeze(copy(scenario));
}

function copy(scenario) {
  return JSON.parse(JSON.stringify(scenario));
}

function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
