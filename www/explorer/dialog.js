// A modal dialog built on <dialog> and showModal(): the rest of the page is inert while it is
// open, Escape closes it (the browser's own "cancel"), a click on the backdrop closes it, and
// focus goes back to whatever opened it. "Why?", "How it works" and Share use it.

import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";

export class Dialog {
  /**
   * @param {object} o
   * @param {string} o.id the dialog's id
   * @param {string} o.title its heading, also its accessible name
   * @param {string} [o.className] extra classes for the dialog
   */
  constructor({ id, title, className = "" }) {
    this.opener = null;
    this.dialog = el("dialog");
    this.dialog.id = id;
    this.dialog.className = `dialog ${className}`.trim();
    const head = el("div", "dialog-head");
    this.heading = el("h2");
    this.heading.id = `${id}-title`;
    this.heading.tabIndex = -1;
    this.heading.textContent = title;
    this.closeButton = el("button");
    this.closeButton.type = "button";
    this.closeButton.className = "dialog-close";
    this.closeButton.textContent = t("dialog-close");
    this.closeButton.addEventListener("click", () => this.close());
    head.append(this.heading, this.closeButton);
    this.body = el("div", "dialog-body");
    this.dialog.append(head, this.body);
    this.dialog.setAttribute("aria-labelledby", this.heading.id);
    // A press that starts and ends on the backdrop (outside the box) closes the dialog; a text
    // selection dragged out of the box does not.
    let downOnBackdrop = false;
    this.dialog.addEventListener("pointerdown", (e) => {
      downOnBackdrop = e.target === this.dialog && outside(this.dialog, e);
    });
    this.dialog.addEventListener("click", (e) => {
      if (downOnBackdrop && e.target === this.dialog && outside(this.dialog, e)) this.close();
      downOnBackdrop = false;
    });
    this.dialog.addEventListener("close", () => {
      const opener = this.opener;
      this.opener = null;
      if (opener?.isConnected) opener.focus({ focusVisible: true });
    });
    document.body.append(this.dialog);
  }

  get isOpen() {
    return this.dialog.open;
  }

  /** Opens the dialog (or keeps it open) and moves focus to `focus`, else to its heading. */
  open({ opener = document.activeElement, focus = null } = {}) {
    if (!this.dialog.open) {
      this.opener = opener instanceof HTMLElement && opener !== document.body ? opener : null;
      this.dialog.showModal();
    }
    (focus ?? this.heading).focus();
  }

  close() {
    if (this.dialog.open) this.dialog.close();
  }
}

function outside(dialog, e) {
  const r = dialog.getBoundingClientRect();
  return e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom;
}
