// The timeline: months along the horizon, one lane per actor, each step or shock a chip.
// A chip is a keyboard slider (its value is its month) and can be dragged with a mouse, a
// finger or a pen; it snaps to whole months and reports every new month during the drag.
//
// The DOM is reconciled, never rebuilt, on each render: the chip being dragged keeps its
// pointer capture and the focused chip keeps focus while the scenario changes under it.

import { el } from "./dom.js";
import { icon } from "./icons.js";
import { horizonOf, monthForKey, sameRef } from "./state.js";
import { formatNumber, t } from "./i18n.js";

/** Fewest CSS pixels per month: below this the lanes scroll sideways instead. */
const MIN_PX_PER_MONTH = 14;
/** How far a finger must move sideways on a chip before it drags it, in CSS pixels. */
const DRAG_THRESHOLD_PX = 10;
/** How long a finger held still on a chip takes it up, in milliseconds. */
const LONG_PRESS_MS = 450;
/** A chip row's height and the gap between chips, in CSS pixels (match css/timeline.css). */
const ROW_HEIGHT = 32;
const CHIP_GAP = 4;
/** The width a suggestion's ghost of a step is kept within the track by (its label is short). */
const GHOST_WIDTH = 150;
/** Least room between two axis labels. */
const MIN_LABEL_SPACING = 36;
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

export class Timeline {
  /**
   * @param {object} o
   * @param {HTMLElement} o.root the `.timeline` element (inside its scroller)
   * @param {HTMLElement} o.scroller the element that scrolls sideways
   * @param {object} o.catalog the model's catalog
   * @param {(ref, month) => void} o.onMove a chip asks to move to month
   * @param {(ref) => void} o.onSelect a chip was focused or pressed
   * @param {(ref) => void} o.onDelete a chip asks to be removed
   * @param {(ref) => void} [o.onEdit] a chip asks for its editor (Enter)
   * @param {(held: boolean) => void} [o.onHold] a chip was taken up by the pointer, or let go
   * @param {(ref) => void} [o.onTap] a finger tapped a chip without dragging it
   * @param {string} o.describedBy id of the keyboard hint
   * @param {(ref, item) => boolean} [o.isLocked] whether a chip may not be moved or removed
   *   (a workshop team's lock, a read-only embed); locked chips stay focusable and readable
   * @param {string} [o.lockedDescribedBy] id of the note that says why a chip is locked
   */
  constructor({ root, scroller, catalog, onMove, onSelect, onDelete, onEdit, onHold, onTap, describedBy, isLocked, lockedDescribedBy }) {
    this.root = root;
    this.isLocked = isLocked ?? (() => false);
    this.lockedDescribedBy = lockedDescribedBy;
    this.scroller = scroller;
    this.onMove = onMove;
    this.onSelect = onSelect;
    this.onDelete = onDelete;
    // A chip taken up by the pointer (true) and let go (false): a drag is one change.
    this.onHold = onHold ?? (() => {});
    // A finger's tap on a chip (a touch that did not drag it).
    this.onTap = onTap ?? (() => {});
    // Enter on a chip goes to its editor, without passing (and selecting) every chip between.
    this.onEdit = onEdit ?? (() => {});
    this.describedBy = describedBy;
    this.kinds = new Map();
    for (const k of catalog.steps) this.kinds.set(`steps:${k.key}`, k);
    for (const k of catalog.shocks) this.kinds.set(`shocks:${k.key}`, k);
    this.chips = { steps: [], shocks: [] };
    this.drag = null;
    /** A finger on a chip that has not yet moved far enough, or long enough, to drag it. */
    this.pending = null;
    this.scenario = null;
    this.selected = null;
    this.highlight = null;
    this.pxPerMonth = MIN_PX_PER_MONTH;
    this.axisKey = "";

    const axisRow = el("div", "axis-row");
    axisRow.setAttribute("aria-hidden", "true");
    const axisLabel = el("div", "lane-label axis-label");
    axisLabel.textContent = t("timeline-axis-label");
    this.axis = el("div", "axis");
    axisRow.append(axisLabel, this.axis);
    this.rule = el("div", "timeline-rule");
    this.rule.hidden = true;
    this.lanes = new Map();
    root.append(axisRow);
    for (const lane of catalog.lanes) {
      const box = el("div", `lane lane-${lane.key}`);
      const label = el("div", "lane-label");
      label.id = `lane-${lane.key}`;
      label.textContent = lane.label;
      const track = el("div", "track");
      track.setAttribute("role", "group");
      track.setAttribute("aria-labelledby", label.id);
      box.append(label, track);
      root.append(box);
      this.lanes.set(lane.key, track);
    }
    root.append(this.rule);

    new ResizeObserver(() => this.scenario && this.render(this.scenario, this.selected)).observe(scroller);
    scroller.addEventListener("scroll", () => this.markOverflow(), { passive: true });
    // The lanes grow and shrink as chips share rows; whether some lie below the scroller's
    // greatest height is read once the browser has laid them out, never in the middle of a drag's frame.
    new ResizeObserver(() => this.markOverflow()).observe(root);
  }

  /**
   * Tells the frame around the scroller whether more months lie past its right edge, so it can
   * show a shadow there: scrollbars are hidden on phones and on some desktops, and a reader
   * should still see that the timeline goes on; likewise below, when lanes lie under a timeline
   * that scrolls down inside itself. `s` gives the sizes to judge by
   * (`scrollLeft`, `clientWidth`, `scrollWidth`): the scroller's own by default.
   */
  markOverflow(s = this.scroller) {
    const frame = this.scroller.parentElement;
    frame?.classList.toggle("more-after", s.scrollLeft + s.clientWidth < s.scrollWidth - 1);
    // Below: only when the scroller's own sizes are read (on scrolling and after a layout).
    if (s === this.scroller) frame?.classList.toggle("more-below", s.scrollTop + s.clientHeight < s.scrollHeight - 1);
  }

  /** Brings every chip, the axis and the lanes in line with the scenario. */
  render(scenario, selected) {
    this.scenario = scenario;
    this.selected = selected;
    const horizon = horizonOf(scenario);
    // On wide screens the lane names sit left of the tracks; on a phone, above them.
    const padRight = parseFloat(getComputedStyle(this.root).paddingRight);
    const trackLeft = this.lanes.values().next().value.offsetLeft;
    const { clientWidth, scrollLeft } = this.scroller;
    const available = clientWidth - trackLeft - padRight;
    const ppm = Math.max(MIN_PX_PER_MONTH, available / horizon);
    this.pxPerMonth = ppm;
    const trackWidth = ppm * horizon;
    const scrollWidth = Math.floor(trackLeft + trackWidth + padRight);
    this.root.style.width = `${scrollWidth}px`;
    this.root.style.setProperty("--px-per-month", `${ppm}px`);
    this.root.style.setProperty("--track-left", `${trackLeft}px`);
    this.renderAxis(horizon, ppm);

    const fresh = [];
    for (const list of ["steps", "shocks"]) {
      const items = scenario[list] ?? [];
      const chips = this.chips[list];
      while (chips.length > items.length) chips.pop().remove();
      items.forEach((item, index) => {
        let chip = chips[index];
        const kind = this.kinds.get(`${list}:${item.kind}`);
        if (!chip) {
          chip = this.createChip();
          chips[index] = chip;
        }
        const ref = { list, index };
        chip.dataset.list = list;
        chip.dataset.index = String(index);
        if (chip.dataset.kind !== item.kind) {
          this.fillChip(chip, list, kind, item);
          const track = this.lanes.get(kind?.lane ?? "others");
          if (chip.parentElement !== track) track.append(chip);
          chip.dataset.kind = item.kind;
          fresh.push(chip);
        }
        // A chip's width depends on its label and its flags: measure again when they change.
        if (this.updateChip(chip, list, kind, item, horizon, sameRef(ref, selected))) fresh.push(chip);
      });
    }
    // Measure the new and changed chips once, together: one layout for all of them.
    for (const chip of new Set(fresh)) chip._width = chip.offsetWidth;
    this.layout(scenario, ppm, trackWidth);
    this.setHighlight(this.highlight);
    // From sizes read before anything was written: reading them now would force a second
    // layout in every frame of a drag.
    this.markOverflow({ scrollLeft, clientWidth, scrollWidth });
    this.renderGhosts(trackWidth);
  }

  /**
   * Shows where a suggestion would put steps: a dashed outline in each one's lane at its new
   * month, which takes no pointer and no focus (the page lists the same changes in words).
   * `ghosts` is a list of `{index, month}` of steps; an empty list clears them.
   */
  setGhosts(ghosts) {
    this.ghosts = ghosts;
    if (!this.scenario) return;
    this.renderGhosts(this.pxPerMonth * horizonOf(this.scenario));
    this.showGhosts();
  }

  /**
   * On a timeline wider than its screen (a phone), scrolls it sideways, and only sideways, so
   * that the earliest ghost is in sight when none is: the words under the timeline list every
   * change, and the reader should see at least one of them where it would go.
   */
  showGhosts() {
    const s = this.scroller;
    if (!this.ghostChips.length || s.scrollWidth <= s.clientWidth) return;
    const frame = s.getBoundingClientRect();
    const inSight = this.ghostChips.some((g) => {
      const r = g.getBoundingClientRect();
      return r.left >= frame.left && r.left < frame.right - 24;
    });
    if (inSight) return;
    const first = Math.min(...this.ghostChips.map((g) => g.getBoundingClientRect().left));
    s.scrollLeft += first - frame.left - s.clientWidth / 4;
  }

  renderGhosts(trackWidth) {
    for (const ghost of this.ghostChips ?? []) ghost.remove();
    this.ghostChips = [];
    // Steps bound for the same month of the same lane share one ghost, so none hides another.
    const shared = new Map();
    for (const { index, month } of this.ghosts ?? []) {
      const item = this.scenario.steps?.[index];
      if (!item) continue;
      const kind = this.kinds.get(`steps:${item.kind}`);
      const lane = kind?.lane ?? "others";
      const key = `${lane}:${month}`;
      if (!shared.has(key)) shared.set(key, { lane, month, role: kind?.role ?? "confidence", names: [] });
      shared.get(key).names.push(kind?.label ?? item.kind);
    }
    for (const { lane, month, role, names } of shared.values()) {
      const ghost = el("div", `chip-ghost role-${role}`);
      ghost.setAttribute("aria-hidden", "true");
      ghost.textContent = t("timeline-ghost", { steps: names.join(" + "), month });
      // Ghosts have no measured width: keep their start inside the track, as a chip's is.
      const left = Math.max(0, Math.min(month * this.pxPerMonth, trackWidth - GHOST_WIDTH * names.length));
      ghost.style.transform = `translate(${left.toFixed(1)}px, 0)`;
      this.lanes.get(lane)?.append(ghost);
      this.ghostChips.push(ghost);
    }
  }

  renderAxis(horizon, ppm) {
    const key = `${horizon}:${ppm.toFixed(3)}`;
    if (key === this.axisKey) return;
    this.axisKey = key;
    // As on the charts: never finer than every 6 months on two years or more (3 on one).
    const finest = horizon >= 24 ? 6 : horizon >= 12 ? 3 : 1;
    const step = TICK_STEPS.find((s) => s >= finest && s * ppm >= MIN_LABEL_SPACING) ?? horizon;
    this.root.style.setProperty("--major-px", `${step * ppm}px`);
    this.axis.replaceChildren();
    for (let m = 0; m < horizon; m += step) {
      // Leave room for the label at the end.
      if (m > 0 && (horizon - m) * ppm < MIN_LABEL_SPACING) continue;
      this.axis.append(tick(m, m * ppm, m === 0 ? "start" : "middle"));
    }
    this.axis.append(tick(horizon, horizon * ppm, "end"));
  }

  createChip() {
    const chip = el("div", "chip");
    chip.setAttribute("role", "slider");
    chip.tabIndex = 0;
    chip.setAttribute("aria-valuemin", "0");
    chip.setAttribute("aria-orientation", "horizontal");
    if (this.describedBy) chip.setAttribute("aria-describedby", this.describedBy);
    chip.addEventListener("pointerdown", (e) => this.pointerDown(e, chip));
    chip.addEventListener("pointermove", (e) => this.pointerMove(e, chip));
    chip.addEventListener("pointerup", (e) => this.pointerEnd(e, chip));
    chip.addEventListener("pointercancel", (e) => this.pointerEnd(e, chip));
    chip.addEventListener("lostpointercapture", (e) => this.pointerEnd(e, chip));
    chip.addEventListener("keydown", (e) => this.keyDown(e, chip));
    // Once a finger drags a chip, it no longer scrolls the page, however it drifts.
    chip.addEventListener("touchmove", (e) => this.drag?.chip === chip && e.cancelable && e.preventDefault(), { passive: false });
    chip.addEventListener("focus", () => this.onSelect(refOf(chip)));
    return chip;
  }

  fillChip(chip, list, kind, item) {
    chip.replaceChildren();
    chip.className = `chip role-${kind?.role ?? "confidence"}`;
    if (list === "shocks") chip.append(icon("shock", "icon chip-icon"));
    const label = el("span", "chip-label");
    label.textContent = kind?.label ?? item.kind;
    const month = el("span", "chip-month");
    const flags = el("span", "chip-flags");
    flags.append(icon("conditional", "icon flag-conditional"), icon("transparent", "icon flag-transparent"), icon("locked", "icon flag-locked"));
    // Who gives the relief (or walks out) and when it lapses: small tags, heard with the month.
    const sender = el("span", "chip-sender");
    const expiry = el("span", "chip-expiry");
    sender.setAttribute("aria-hidden", "true");
    expiry.setAttribute("aria-hidden", "true");
    chip.append(label, sender, month, expiry, flags);
    chip._month = month;
    chip._sender = sender;
    chip._expiry = expiry;
    chip._width = undefined;
    chip._said = undefined;
    chip.title = kind?.explanation ?? "";
  }

  updateChip(chip, list, kind, item, horizon, isSelected) {
    const label = kind?.label ?? item.kind;
    const flags = [];
    if (list === "steps" && item.conditional) flags.push("conditional");
    if (list === "steps" && item.transparent) flags.push("transparent");
    // Who gives the relief (or walks out): its own sender, else the first of the scenario's.
    const gives = list === "steps" ? kind?.role === "relief" : item.kind === "sender_withdrawal";
    const sender = item.sender ?? (gives ? this.scenario?.senders?.[0] : undefined);
    const months = item.expires_after;
    const actor = kind?.actor_label ?? "";
    // The chip's words are made again only when what they say changes, not on every frame of a drag.
    const said = [list, label, actor, item.month, sender ?? "", months ?? "", ...flags].join("\n");
    if (chip._said !== said) {
      chip._said = said;
      const terms = [];
      if (sender) terms.push(t("timeline-chip-sender", { sender }));
      if (months) terms.push(t("timeline-chip-expires", { months }));
      for (const flag of flags) terms.push(t(`timeline-chip-${flag}`));
      const valueText = [label, t("timeline-chip-month", { month: item.month }), ...terms].join(t("timeline-chip-separator"));
      setText(chip._sender, sender ?? "");
      setText(chip._expiry, months ? t("timeline-chip-expiry-tag", { months }) : "");
      setText(chip._month, formatNumber(item.month));
      setAttr(chip, "aria-label", list === "shocks" ? t("timeline-chip-shock", { label }) : t("timeline-chip-step", { label, actor }));
      setAttr(chip, "aria-valuetext", valueText);
    }
    setAttr(chip, "aria-valuemax", String(horizon - 1));
    setAttr(chip, "aria-valuenow", String(item.month));
    const locked = this.isLocked(refOf(chip), item);
    if (locked) setAttr(chip, "aria-readonly", "true");
    else chip.removeAttribute("aria-readonly");
    const describedBy = [this.describedBy, locked ? this.lockedDescribedBy : null].filter(Boolean).join(" ");
    if (describedBy) setAttr(chip, "aria-describedby", describedBy);
    else chip.removeAttribute("aria-describedby");
    chip.classList.toggle("locked", locked);
    chip.classList.toggle("is-conditional", flags.includes("conditional"));
    chip.classList.toggle("is-transparent", flags.includes("transparent"));
    chip.classList.toggle("selected", isSelected);
    // What the chip's width depends on: everything it shows but its month.
    const shape = [label, sender ?? "", months ?? "", ...flags, locked ? "locked" : ""].join("\n");
    const changed = chip._shape !== shape;
    chip._shape = shape;
    return changed;
  }

  /** Places chips by month; chips that would overlap in a lane go on rows below. */
  layout(scenario, ppm, trackWidth) {
    const perLane = new Map([...this.lanes.keys()].map((k) => [k, []]));
    for (const list of ["steps", "shocks"]) {
      (scenario[list] ?? []).forEach((item, index) => {
        const chip = this.chips[list][index];
        const lane = this.kinds.get(`${list}:${item.kind}`)?.lane ?? "others";
        perLane.get(lane)?.push({ chip, month: item.month, order: list === "steps" ? index : 1000 + index });
      });
    }
    for (const [lane, entries] of perLane) {
      entries.sort((a, b) => a.month - b.month || a.order - b.order);
      const rowEnds = [];
      for (const entry of entries) {
        const width = entry.chip._width ?? 120;
        const x = entry.month * ppm;
        const left = Math.max(0, Math.min(x, trackWidth - width));
        let row = rowEnds.findIndex((end) => end + CHIP_GAP <= left);
        if (row < 0) {
          row = rowEnds.length;
          rowEnds.push(0);
        }
        rowEnds[row] = left + width;
        entry.chip.style.transform = `translate(${left.toFixed(1)}px, ${row * ROW_HEIGHT}px)`;
        entry.chip.style.setProperty("--pin", `${(x - left).toFixed(1)}px`);
      }
      const rows = Math.max(1, rowEnds.length);
      this.lanes.get(lane).style.height = `${rows * ROW_HEIGHT + CHIP_GAP}px`;
      this.orderChips(this.lanes.get(lane), entries.map((entry) => entry.chip));
    }
  }

  /**
   * Puts a lane's chips in the document in the order they are laid out (by month), so Tab
   * walks the timeline as it reads: lane by lane, month by month. The chip being dragged or
   * holding focus is never moved, since moving a node drops its focus and pointer capture;
   * the others are placed around it.
   */
  orderChips(track, ordered) {
    const current = [...track.children].filter((node) => node.classList.contains("chip"));
    if (current.length === ordered.length && current.every((chip, i) => chip === ordered[i])) return;
    const active = document.activeElement;
    const pinned = this.drag?.chip ?? (ordered.includes(active) ? active : null);
    const at = pinned ? ordered.indexOf(pinned) : -1;
    if (at < 0) {
      track.append(...ordered);
      return;
    }
    for (const chip of ordered.slice(0, at)) track.insertBefore(chip, pinned);
    for (const chip of ordered.slice(at + 1)) track.append(chip);
  }

  /** Shows the month being read on the charts as a rule across the lanes. */
  setHighlight(month) {
    this.highlight = month;
    if (month == null || !this.scenario) {
      this.rule.hidden = true;
      return;
    }
    this.rule.hidden = false;
    this.rule.style.transform = `translateX(${(month * this.pxPerMonth).toFixed(1)}px)`;
  }

  /** The chip element of the step or shock at ref, if there is one. */
  chipFor(ref) {
    return (ref && this.chips[ref.list]?.[ref.index]) ?? null;
  }

  /** Moves focus to the chip at ref (after adding or removing one). */
  focusItem(ref) {
    const chip = this.chipFor(ref);
    if (chip) {
      chip.focus({ preventScroll: true });
      chip.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    return !!chip;
  }

  /** Drops the chip at ref before the item is removed from the scenario, so the chips after
   * it keep their elements (and a screen reader hears focus move to a different chip). */
  forget(ref) {
    const [chip] = this.chips[ref.list].splice(ref.index, 1);
    if (chip) chip.remove();
  }

  /** The chip to focus once the one at ref is gone: the next, else the previous, else any. */
  chipAfterRemoval(ref) {
    const items = this.chips[ref.list];
    if (items[ref.index]) return ref;
    if (ref.index > 0 && items[ref.index - 1]) return { list: ref.list, index: ref.index - 1 };
    const other = ref.list === "steps" ? "shocks" : "steps";
    if (this.chips[other].length) return { list: other, index: 0 };
    return null;
  }

  pointerDown(e, chip) {
    if (e.pointerType === "mouse" && e.button !== 0) return;
    const ref = refOf(chip);
    const item = this.scenario?.[ref.list]?.[ref.index];
    if (!item) return;
    if (e.pointerType === "touch") {
      // A finger may be scrolling the page: the chip lets vertical swipes through (touch-action:
      // pan-y), and a drag begins only on a sideways move past a threshold, or a long press.
      // A tap selects the chip. (Preventing the default here stops the mouse events a browser
      // sends after a touch, which would focus whatever lies under the finger once the page
      // has moved; it does not stop the page from scrolling.)
      e.preventDefault();
      chip.focus({ preventScroll: true, focusVisible: false });
      if (this.isLocked(ref, item)) return;
      this.cancelPending();
      const pending = { pointerId: e.pointerId, chip, startX: e.clientX, startY: e.clientY, month: item.month };
      pending.timer = setTimeout(() => this.pending === pending && this.beginDrag(pending), LONG_PRESS_MS);
      this.pending = pending;
      return;
    }
    // Select the chip without a focus ring: the pointer shows where the user is.
    e.preventDefault();
    chip.focus({ preventScroll: true, focusVisible: false });
    // A locked chip can be selected and read, never dragged.
    if (this.isLocked(ref, item)) return;
    this.beginDrag({ pointerId: e.pointerId, chip, startX: e.clientX, month: item.month });
  }

  /** Takes the chip up: from now on the pointer moves it, month by month. */
  beginDrag({ pointerId, chip, startX, month }) {
    this.cancelPending();
    // A finger's pointer is captured by the chip it touched already; capturing it again would
    // lose and regain it, which reads as the end of the drag.
    if (!chip.hasPointerCapture(pointerId)) {
      try {
        chip.setPointerCapture(pointerId);
      } catch {
        // The pointer is gone (a finger lifted as a long press ended): nothing to drag.
        return;
      }
    }
    chip.classList.add("dragging");
    this.drag = { pointerId, chip, startX, startMonth: month, month };
    this.onHold(true);
  }

  cancelPending() {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  pointerMove(e, chip) {
    const p = this.pending;
    if (p && p.chip === chip && p.pointerId === e.pointerId) {
      const dx = Math.abs(e.clientX - p.startX);
      const dy = Math.abs(e.clientY - p.startY);
      if (dx >= DRAG_THRESHOLD_PX && dx > dy) this.beginDrag(p);
      else if (dy >= DRAG_THRESHOLD_PX) this.cancelPending();
      if (!this.drag) return;
    }
    const d = this.drag;
    if (!d || d.chip !== chip || d.pointerId !== e.pointerId) return;
    const delta = Math.round((e.clientX - d.startX) / this.pxPerMonth);
    const last = horizonOf(this.scenario) - 1;
    const month = Math.min(last, Math.max(0, d.startMonth + delta));
    if (month !== d.month) {
      d.month = month;
      this.onMove(refOf(chip), month);
    }
  }

  pointerEnd(e, chip) {
    if (this.pending?.chip === chip && this.pending.pointerId === e.pointerId) {
      this.cancelPending();
      // A finger lifted before it dragged: a tap, which asks for the chip's editor.
      if (e.type === "pointerup") this.onTap(refOf(chip));
    }
    const d = this.drag;
    if (e.type === "lostpointercapture" && d?.chip === chip && d.pointerId === e.pointerId) {
      // The browser may hand a finger's capture back and take it again mid-drag; while the
      // pointer is still down the drag goes on. (A lifted pointer cannot be captured.)
      try {
        chip.setPointerCapture(e.pointerId);
        return;
      } catch {
        // The pointer is up: the drag ends below.
      }
    }
    if (!d || d.chip !== chip || d.pointerId !== e.pointerId) return;
    this.drag = null;
    chip.classList.remove("dragging");
    if (chip.hasPointerCapture(e.pointerId)) chip.releasePointerCapture(e.pointerId);
    this.onHold(false);
  }

  keyDown(e, chip) {
    const ref = refOf(chip);
    const item = this.scenario?.[ref.list]?.[ref.index];
    if (!item || this.isLocked(ref, item)) return;
    const last = horizonOf(this.scenario) - 1;
    if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      this.onDelete(ref);
      return;
    }
    if (e.key === "Enter") {
      e.preventDefault();
      this.onEdit(ref);
      return;
    }
    const month = monthForKey(e.key, item.month, last);
    if (month === null) return;
    e.preventDefault();
    if (month !== item.month) this.onMove(ref, month);
  }
}

function tick(month, x, align) {
  const mark = el("span", `tick tick-${align}`);
  mark.textContent = formatNumber(month);
  mark.style.transform = `translateX(${x.toFixed(1)}px)`;
  return mark;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function setAttr(node, name, value) {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

function refOf(chip) {
  return { list: chip.dataset.list, index: Number(chip.dataset.index) };
}
