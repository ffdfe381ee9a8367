// Small pieces the share, save and export controls have in common: their icons, saving a file,
// a polite announcement for screen readers, file names from titles, and a menu button.

const NS = "http://www.w3.org/2000/svg";

// Drawn on a 16×16 grid with strokes in currentColor, so they follow the text colour in every
// theme and need no request.
const PATHS = {
  undo: ["M5.5 3.5 2.5 6.5l3 3", "M3 6.5h6.5a4 4 0 0 1 0 8H7"],
  redo: ["M10.5 3.5l3 3-3 3", "M13 6.5H6.5a4 4 0 0 0 0 8H9"],
  share: ["M8 10V2", "M5 4.8 8 1.8l3 3", "M3.5 7.5v6h9v-6"],
  download: ["M8 2v8", "M5 7l3 3 3-3", "M3 13.5h10"],
  open: ["M2 4.5V13h12V6H8L6.5 4.5z", "M8 11V7.5", "M6.3 9 8 7.3 9.7 9"],
  caret: ["M4.5 6.5 8 10l3.5-3.5"],
};

/** An icon from the set above, hidden from assistive technology (its button has a name). */
export function icon(name) {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", `icon ui-icon ui-icon-${name}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const d of PATHS[name]) {
    const path = document.createElementNS(NS, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "1.6");
    path.setAttribute("stroke-linecap", "round");
    path.setAttribute("stroke-linejoin", "round");
    svg.append(path);
  }
  return svg;
}

/** Puts an icon before a button's text (once). */
export function withIcon(button, name) {
  if (!button.querySelector(".ui-icon")) button.prepend(icon(name));
  return button;
}

let statusRegion = null;

/**
 * Says `text` to screen readers without moving focus ("Copied", "Undone"). The same region is
 * reused; clearing it first makes a repeated message ("Copied" twice) be read again.
 */
export function announce(text) {
  if (!statusRegion) {
    statusRegion = document.createElement("p");
    statusRegion.id = "share-status";
    statusRegion.className = "visually-hidden";
    statusRegion.setAttribute("role", "status");
    document.body.append(statusRegion);
  }
  statusRegion.textContent = "";
  setTimeout(() => {
    statusRegion.textContent = text;
  }, 30);
}

/** Saves `data` (text or a Blob) as a file named `filename`, through the browser's download. */
export function saveFile(data, filename, type = "application/octet-stream") {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is released a little later so slow
  // browsers still find it.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * A file name from a scenario's title: lower case letters, digits and hyphens, at most 60
 * characters, "scenario" when nothing is left (a title in another script, or none).
 */
export function fileStem(title) {
  const stem = String(title ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || "scenario";
}

/**
 * A menu button: a button that opens a list of actions. It follows the WAI-ARIA menu button
 * pattern: Enter, Space or Down opens it on the first item (Up on the last), arrows, Home and
 * End move between items, Escape closes it and returns to the button, Tab closes it and moves
 * on, and a click anywhere else closes it.
 */
export class MenuButton {
  /**
   * @param {HTMLButtonElement} button the button that opens the menu
   * @param {{label: string, action: () => void, icon?: string, separator?: boolean}[]} items
   */
  constructor(button, items) {
    this.button = button;
    this.list = document.createElement("ul");
    this.list.className = "menu-list";
    this.list.setAttribute("role", "menu");
    this.list.id = `${button.id}-menu`;
    this.list.setAttribute("aria-labelledby", button.id);
    this.list.hidden = true;
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", this.list.id);
    this.items = items.map((item) => {
      const li = document.createElement("li");
      li.setAttribute("role", "none");
      if (item.separator) li.className = "menu-separator";
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("role", "menuitem");
      b.tabIndex = -1;
      if (item.icon) b.append(icon(item.icon));
      b.append(item.label);
      b.addEventListener("click", () => {
        this.close(true);
        item.action();
      });
      li.append(b);
      this.list.append(li);
      return b;
    });
    button.after(this.list);
    button.addEventListener("click", () => (this.isOpen ? this.close(true) : this.open(0)));
    button.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown") {
        e.preventDefault();
        this.open(0);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        this.open(this.items.length - 1);
      }
    });
    this.list.addEventListener("keydown", (e) => this.keyDown(e));
    document.addEventListener("pointerdown", (e) => {
      if (this.isOpen && !this.list.contains(e.target) && !button.contains(e.target)) this.close(false);
    });
    this.list.addEventListener("focusout", (e) => {
      if (this.isOpen && !this.list.contains(e.relatedTarget) && e.relatedTarget !== button) this.close(false);
    });
  }

  get isOpen() {
    return !this.list.hidden;
  }

  open(index) {
    this.list.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    this.items[Math.max(0, Math.min(index, this.items.length - 1))]?.focus();
  }

  close(returnFocus) {
    if (!this.isOpen) return;
    this.list.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    if (returnFocus) this.button.focus();
  }

  keyDown(e) {
    const at = this.items.indexOf(document.activeElement);
    const last = this.items.length - 1;
    const go = (i) => {
      e.preventDefault();
      this.items[(i + this.items.length) % this.items.length].focus();
    };
    if (e.key === "ArrowDown") go(at + 1);
    else if (e.key === "ArrowUp") go(at - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(last);
    else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    } else if (e.key === "Tab") this.close(false);
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Typing a letter moves to the next item that starts with it.
      const letter = e.key.toLowerCase();
      for (let k = 1; k <= this.items.length; k++) {
        const i = (at + k) % this.items.length;
        if (this.items[i].textContent.trim().toLowerCase().startsWith(letter)) {
          go(i);
          break;
        }
      }
    }
  }
}
