// The menu button of the Export menu and of each chart's download menu.

import { el } from "../../shared/dom.js";
import { icon } from "../../shared/icons.js";

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
    this.list = el("ul", "menu-list");
    this.list.setAttribute("role", "menu");
    this.list.id = `${button.id}-menu`;
    this.list.setAttribute("aria-labelledby", button.id);
    this.list.hidden = true;
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", this.list.id);
    this.items = items.map((item) => {
      const li = el("li");
      li.setAttribute("role", "none");
      if (item.separator) li.className = "menu-separator";
      const b = el("button");
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
