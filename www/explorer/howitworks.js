// "How the model works": one paragraph in plain words for each mechanism behind the charts,
// each linking to its section of the model document (model.html, rendered from
// docs/model.md at build time). Reachable from every chart and from the page's header.

import { el } from "../shared/dom.js";
import { Dialog } from "./dialog.js";
import { t, tAttr } from "../shared/i18n.js";

/** The model document, as built next to this page. */
export const MODEL_PAGE = "model.html";

/**
 * The mechanisms, in the order a reader meets them. Each one's title and paragraph are the
 * messages `how-KEY-title` and `how-KEY`. `anchor` is the id of the section in the model
 * document (GitHub-style heading anchors), so the same links work on the repository.
 */
export const MECHANISMS = [
  { key: "futures", anchor: "1-what-the-model-is-and-is-not" },
  { key: "trust", anchor: "34-bayesian-trust" },
  { key: "verification", anchor: "33-verification-as-signal-detection" },
  { key: "signals", anchor: "38-costly-signals" },
  { key: "strategy", anchor: "32-violations-the-strategic-insincere-target" },
  { key: "party", anchor: "318-the-sanctioning-side-as-a-party" },
  { key: "outcomes", anchor: "322-the-outcome-classes" },
  { key: "noise", anchor: "35-the-response-rule" },
  { key: "conditional", anchor: "36-conditional-steps-and-the-review-period" },
  { key: "target-trust", anchor: "37-the-targets-trust" },
  { key: "leverage", anchor: "313-leverage" },
  { key: "economy", anchor: "311-the-economy" },
  { key: "legitimacy", anchor: "312-legitimacy" },
  { key: "capital", anchor: "310-political-capital-and-unverified-relief" },
  { key: "hazard", anchor: "314-the-breakdown-hazard" },
  { key: "shocks", anchor: "315-shocks" },
  { key: "doubt", anchor: "51-the-models-own-uncertainty-model-doubt" },
];

/** Which mechanism each chart's "How it works" opens at. */
export const CHART_MECHANISM = {
  trust: "trust",
  economy: "economy",
  risk: "hazard",
  leverage: "leverage",
  legitimacy: "legitimacy",
  outcomes: "outcomes",
};

export class HowItWorks {
  /** The dialog is built the first time it opens: a reader who never asks pays nothing. */
  build() {
    if (this.dialog) return;
    this.dialog = new Dialog({ id: "how-dialog", title: t("how-dialog-title"), className: "how-dialog" });
    const body = this.dialog.body;
    const lead = el("p", "how-lead");
    lead.textContent = t("how-lead");
    const docLink = modelLink(t("how-doc-link"), "");
    docLink.className = "how-doc-link";
    const top = el("p");
    top.append(docLink, " ", t("how-doc-link-contents"));
    body.append(lead, top);
    this.sections = new Map();
    for (const m of MECHANISMS) {
      const section = el("section", "how-section");
      section.id = `how-${m.key}`;
      const h = el("h3");
      h.id = `how-${m.key}-title`;
      h.tabIndex = -1;
      const title = t(`how-${m.key}-title`);
      h.textContent = title;
      section.setAttribute("aria-labelledby", h.id);
      const p = el("p", null, t(`how-${m.key}`));
      const more = el("p", "how-more");
      const a = modelLink(t("how-more"), m.anchor);
      a.setAttribute("aria-label", tAttr("how-more", "aria-label", { title }));
      more.append(a);
      section.append(h, p, more);
      body.append(section);
      this.sections.set(m.key, h);
    }
  }

  /** Opens the dialog, at `mechanism` (a key of MECHANISMS) when given. */
  open({ mechanism = null, opener } = {}) {
    this.build();
    const heading = mechanism ? this.sections.get(mechanism) : null;
    this.dialog.open({ opener, focus: heading });
    if (heading) heading.scrollIntoView({ block: "start" });
    else this.dialog.body.scrollTop = 0;
  }

  /** A small "How it works" button for a chart's caption. */
  chartButton(chartKey, chartTitle) {
    const button = el("button");
    button.type = "button";
    button.className = "figure-action how-button";
    button.textContent = t("how-chart-button");
    button.setAttribute("aria-label", tAttr("how-chart-button", "aria-label", { chart: chartTitle }));
    button.setAttribute("aria-haspopup", "dialog");
    button.addEventListener("click", () => this.open({ mechanism: CHART_MECHANISM[chartKey] ?? null, opener: button }));
    return button;
  }
}

function modelLink(text, anchor) {
  const a = el("a");
  a.href = anchor ? `${MODEL_PAGE}#${anchor}` : MODEL_PAGE;
  a.textContent = text;
  // In an article's embed the document opens beside the story instead of replacing it.
  a.target = "_blank";
  a.rel = "noopener";
  return a;
}
