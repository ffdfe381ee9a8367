// "How the model works": one paragraph in plain words for each mechanism behind the charts,
// each linking to its section of the model document (model.html, rendered from
// docs/model.md at build time). Reachable from every chart and from the page's header.

import { el } from "../shared/dom.js";
import { Dialog } from "./dialog.js";

/** The model document, as built next to this page. */
export const MODEL_PAGE = "model.html";

/**
 * The mechanisms, in the order a reader meets them. `anchor` is the id of the section in the
 * model document (GitHub-style heading anchors), so the same links work on the repository.
 */
export const MECHANISMS = [
  {
    key: "futures",
    title: "Many possible futures, not one forecast",
    anchor: "1-what-the-model-is-and-is-not",
    text:
      "Each chart shows what happens across many simulated futures (1,000 unless you change it). In every one, the target is secretly either a reformer that means to comply or a spoiler that does not, and nobody in the model can see which. Month by month, chance decides whether the target breaks a promise, whether monitors notice, and whether the process survives. The line is the middle future; the bands hold the middle half and 8 in 10 of them. It is an illustration of how sequences tend to play out under the assumptions you set, not a forecast of any real case.",
  },
  {
    key: "trust",
    title: "Trust is a belief, updated by evidence",
    anchor: "34-bayesian-trust",
    text:
      "Trust in the target is the sanctioning side's belief that the target is a reformer. Every month it weighs what it saw, a flag from the monitors or a clean month, by how likely that would be from a reformer and from a spoiler (Bayes' rule). A clean month under good verification raises trust a little; a flag lowers it. Without verification, flags are just rumours, as likely after good behaviour as bad, so nothing is learned and trust stays where it started.",
  },
  {
    key: "verification",
    title: "Verification is signal detection",
    anchor: "33-verification-as-signal-detection",
    text:
      "Monitors catch a real violation only some of the time (the hit rate) and sometimes raise a flag when nothing happened (a false alarm). Independent monitoring raises how much verifiers see; audits, joint committees, published criteria and information exchange weed out false alarms. Better verification does two things: it makes clean months count as evidence, and it makes a spoiler's violations likely to be seen.",
  },
  {
    key: "signals",
    title: "Costly steps are signals",
    anchor: "38-costly-signals",
    text:
      "A target that does not mean it will fake a promised step when faking is cheap and the step unlocks relief, and skip it when a fake is likely to be exposed. A sincere target takes it. So a step moves trust only as far as it could have been exposed: a costly step under verification, or announced openly where the press can check it, separates the two kinds of target; a gesture nobody can check buys almost nothing.",
  },
  {
    key: "strategy",
    title: "A target that does not mean it plays for the relief",
    anchor: "32-violations-the-strategic-insincere-target",
    text:
      "A target that does not mean to comply still behaves while relief is promised and leverage is held, and cheats more once the last tranche is out (the end-game). Verification it believes in, and a reimposition it expects, hold it back. Cheating nobody sees may still come to light later, through audits, monitors or watchdogs.",
  },
  {
    key: "party",
    title: "The sanctioning side has its own politics",
    anchor: "318-the-sanctioning-side-as-a-party",
    text:
      "The sanctioning side takes relief back at its own discretion when its trust falls low, and a new government or legislature may walk out (the \"reneging at home\" assumption), likelier when the deal has cost it support. With several senders, one walking out takes back only its own relief, and its secondary sanctions chill the others'. Relief that expires lapses unless verified compliance renews it.",
  },
  {
    key: "outcomes",
    title: "Four ways a future can turn out",
    anchor: "322-the-outcome-classes",
    text:
      "Each month every simulated future is in one of four states: the deal holds; a target that does not mean it keeps relief while its cheating goes unseen; its cheating was caught and relief reimposed or held back (verification doing its job); or the deal collapsed without cheating being proven. The trust chart splits the same futures by whether the target means it.",
  },
  {
    key: "noise",
    title: "Noise and forgiveness",
    anchor: "35-the-response-rule",
    text:
      "When a flag goes up, the sanctioning side reacts with a probability that depends on how strict it is (the generosity assumption) and on how likely it thinks the flag is real. Reacting to a false alarm punishes a target that did nothing, which costs the target's trust in the process. Some forgiveness keeps honest errors and false alarms from unravelling a deal, as in Axelrod's work on cooperation under noise; too much lets a spoiler get away with violations.",
  },
  {
    key: "conditional",
    title: "Conditional steps and review periods",
    anchor: "36-conditional-steps-and-the-review-period",
    text:
      "A conditional step waits, at or after its month, until the sanctioning side has seen a review period of verified clean months in a row: four, or two when published criteria say what counts. Any flag restarts the count. Each release opens a new review period for the next stage. With no verification step at all, conditional relief never comes; relief that is held back after it was earned slowly wears down the target's trust.",
  },
  {
    key: "target-trust",
    title: "The target's trust",
    anchor: "37-the-targets-trust",
    text:
      "The target, too, has to believe that relief, once promised, will come and stay. Its trust grows when relief arrives on time, more when it is announced openly or backed by a guarantor, and falls when earned relief is withheld, when it is punished for a violation it did not commit, when leadership changes on the sanctioning side, and when the process breaks down. A target that expects relief to be taken back anyway has less reason to comply.",
  },
  {
    key: "leverage",
    title: "Leverage",
    anchor: "313-leverage",
    text:
      "Leverage is the pressure not yet relieved, plus the part of the relief already given that a credible snapback could take back. Every step of relief spends some of it, so front-loading relief spends it early. A snapback clause keeps some leverage only as far as verification could detect the violation that would trigger it. Leverage matters because it deters a spoiler whose economy depends on the sanctioned channels.",
  },
  {
    key: "economy",
    title: "The economy: fast and slow channels",
    anchor: "311-the-economy",
    text:
      "Each kind of relief opens an economic channel. Fast channels, such as a reopened export sector or released assets, pay off within months. The slow channel, banking and payments, pays off over years, at a speed set by investors' confidence: published criteria, the target's trust, guarantees and the sanctioning side's political room raise it; a snapback with no published criteria and any breakdown lower it. Humanitarian relief and travel bring visible everyday benefits.",
  },
  {
    key: "legitimacy",
    title: "Legitimacy",
    anchor: "312-legitimacy",
    text:
      "Public support for the process in the target society drifts each month towards a level set by what people can see: humanitarian relief and access, reforms, grievance redress, civil society's voice and economic recovery raise it; strong hardliners, hardship, announced relief that has not come, tension and breakdown lower it, and so do outside sponsors so heavily involved that their role reads as paternalism.",
  },
  {
    key: "capital",
    title: "Political capital and “tactical theater”",
    anchor: "310-political-capital-and-unverified-relief",
    text:
      "The sanctioning side needs room at home to keep going. Verified compliance builds it. Relief given where nothing verifies it reads at home as tactical theater, and the cost grows faster than the amount: a little is tolerated, a lot is not. As verified clean months pile up, that unverified relief stops counting against it. Low political capital raises the risk of breakdown and makes investors more cautious.",
  },
  {
    key: "hazard",
    title: "The risk of breakdown",
    anchor: "314-the-breakdown-hazard",
    text:
      "Each month an intact process may break down: a walk-out, a reversal, the collapse of the deal. The monthly chance rises with distrust on both sides, with spoilers (hardliners facing a public that does not support the process, amplified by neighbours and by uncertainty about the target), with lost political capital and with recent shocks, and falls with guarantees. A snapback that fires, proven cheating while relief is in force, or relief lapsing with none left also end it. Talks may resume later, with the trust that is left. The risk chart shows the share of futures broken down at least once so far, and the bars the chance of a first breakdown in each month.",
  },
  {
    key: "shocks",
    title: "Shocks",
    anchor: "315-shocks",
    text:
      "Shocks strike in their month: a spoiler attack raises tension and costs support and political capital; a leadership change on the sanctioning side cuts the target's trust and political capital; a regional crisis raises tension, more where neighbours react strongly; an economic shock knocks recovery and support back for a while. Tension fades over a month or two, but a breakdown it triggers does not.",
  },
  {
    key: "doubt",
    title: "How sure is the model of itself?",
    anchor: "51-the-models-own-uncertainty-model-doubt",
    text:
      "The bands show luck: how one sequence plays out across many futures. The model's own numbers, how often monitors miss a violation or how fast trust moves, are judgment within ranges the model document gives. Tick \u201cModel doubt\u201d under Simulation and every future is run again with those numbers drawn from their ranges: dotted lines mark where 8 in 10 futures then fall, and a shaded range on the risk of breakdown shows how far the risk could move if the numbers are off. Luck usually moves a single future more than the model's doubt does; the risk of breakdown is where the doubt shows.",
  },
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
    this.dialog = new Dialog({ id: "how-dialog", title: "How the model works", className: "how-dialog" });
    const body = this.dialog.body;
    const lead = el("p", "how-lead");
    lead.textContent =
      "A simple model of trust, verification and breakdown, drawn from the research on sanctions and cooperation. Each part in a paragraph:";
    const docLink = modelLink("Read the whole model document", "");
    docLink.className = "how-doc-link";
    const top = el("p");
    top.append(docLink, " (equations, parameters and sources).");
    body.append(lead, top);
    this.sections = new Map();
    for (const m of MECHANISMS) {
      const section = el("section", "how-section");
      section.id = `how-${m.key}`;
      const h = el("h3");
      h.id = `how-${m.key}-title`;
      h.tabIndex = -1;
      h.textContent = m.title;
      section.setAttribute("aria-labelledby", h.id);
      const p = el("p", null, m.text);
      const more = el("p", "how-more");
      const a = modelLink("More in the model document", m.anchor);
      a.setAttribute("aria-label", `${m.title}: more in the model document`);
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
    button.textContent = "How it works";
    button.setAttribute("aria-label", `How it works: ${chartTitle}`);
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
