// On a phone or a tablet the selected step's editor lies far below the timeline. A tap on a
// step opens it as a sheet over the bottom of the screen, near the thumb, with a Done button;
// the page under it can still be scrolled and read, and the step tapped stays in sight. It closes with Done
// or Escape, when a step is taken up to be dragged, and when no step is selected. On wider
// screens the editor is beside the timeline already, and a tap only selects.

import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";

/** Where the editor is not beside the timeline (see css/layout.css). */
const NARROW = "(max-width: 1099px)";

export class EditorSheet {
  /** @param {HTMLElement} panel the editor's section */
  constructor(panel) {
    this.panel = panel;
    this.narrow = matchMedia(NARROW);
    this.done = el("button", "sheet-done", t("sheet-done"));
    this.done.type = "button";
    this.done.addEventListener("click", () => this.close());
    panel.prepend(this.done);
    panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.isOpen) this.close();
    });
    this.narrow.addEventListener("change", () => this.close());
  }

  get isOpen() {
    return this.panel.classList.contains("sheet");
  }

  /**
   * Opens the editor as a sheet, on a narrow screen only. If the sheet would cover `chip` (the
   * step tapped), the page scrolls just enough to keep the step in sight above it.
   */
  open(chip) {
    if (!this.narrow.matches) return;
    if (!this.isOpen) {
      this.panel.classList.add("sheet");
      this.panel.setAttribute("aria-label", t("sheet-label"));
    }
    if (!chip) return;
    const covered = chip.getBoundingClientRect().bottom + 8 - this.panel.getBoundingClientRect().top;
    if (covered > 0) scrollBy({ top: covered, behavior: "instant" });
  }

  close() {
    if (!this.isOpen) return;
    this.panel.classList.remove("sheet");
    this.panel.removeAttribute("aria-label");
  }
}
