// The workshop page: a facilitator runs a room of teams through a sequencing exercise. The
// fragment says which view is shown:
//
//   (none), #setup     the facilitator's set-up        #w3.…      a team's view of an exercise
//   #compare           the teams compared and ranked   #t3.…      a team's hand-back, opened
//   #play              the timeline played to a room   #presenter the presenter's notes window
//   #debrief           the printable debrief   #r1.…      a team's device in a live room
//
// The facilitator's views are all drawn from one state, the workspace in local storage. The
// site stays static: exercises and hand-backs travel in links and files, or, once the
// facilitator opens a live room, through the room server this build names (live/).

import init, { catalog as readCatalog, workshop_catalog, version, set_language, sentence_ids, workshop_sentence_ids } from "../pkg/relief_workshop.js";
import { $, describe, onFileDrop, showError } from "../shared/dom.js";
import { onThemeChange } from "../shared/theme.js";
import { has, loadLanguage, t, wordsForModule } from "../shared/i18n.js";
import { chooseLanguage } from "../shared/language.js";
import { translateCatalog, translateDefaultScenario } from "../shared/catalog-words.js";
import { addressInLanguage, languageMenu } from "../shared/language-menu.js";
import { announce } from "./common.js";
import { Workspace } from "./workspace.js";
import { Setup } from "./setup.js";
import { TeamView } from "./team.js";
import { ReceivedView } from "./received.js";
import { CompareView } from "./compare.js";
import { PlayView } from "./play.js";
import { PresenterView } from "./presenter.js";
import { DebriefView } from "./debrief.js";

const FACILITATOR_VIEWS = ["setup", "compare", "play", "debrief"];

/**
 * The message `id`, or `english` while the reader's words have not arrived (or could not be
 * loaded): the page's first failures may come before them.
 */
function words(id, args, english) {
  return has(id) ? t(id, args) : english;
}

const somethingWrong = (err) => {
  const error = describe(err);
  return words("ws-app-something-went-wrong", { error }, `Something went wrong: ${error}`);
};
window.addEventListener("error", (e) => showError(somethingWrong(e.error ?? e.message)));
window.addEventListener("unhandledrejection", (e) => showError(somethingWrong(e.reason)));

let views;
let workspace;
let active = null;

async function loadDefaultScenario() {
  const response = await fetch("scenarios/default.json");
  if (!response.ok) {
    const status = response.status;
    throw new Error(words("ws-app-default-not-loaded", { status }, `the default scenario could not be loaded (${status})`));
  }
  return response.json();
}

/** Shows the view the fragment names. */
function route() {
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // A stray "%" is left as it is; the view then says the link cannot be read.
  }
  let name;
  // A link's view is shown before it is filled, so its timeline and charts are laid out.
  if (/^w\d+\./.test(hash)) {
    show("team");
    if (!views.team.open(hash)) show("setup");
    return;
  } else if (/^r1\./.test(hash)) {
    // A team's link to a live room: the team is the one its token names.
    show("team");
    views.team.openLive(hash).then((joined) => joined || show("setup"));
    return;
  } else if (/^t\d+\./.test(hash)) {
    show("received");
    if (!views.received.open(hash)) show("setup");
    return;
  } else if (hash === "presenter") {
    name = "presenter";
  } else if (FACILITATOR_VIEWS.includes(hash)) {
    name = hash;
  } else {
    if (hash && hash !== "setup") {
      showError(t(hash.startsWith("s1.") ? "ws-app-explorer-link" : "ws-app-unknown-address"));
    }
    name = "setup";
  }
  show(name);
}

function show(name) {
  const facilitator = FACILITATOR_VIEWS.includes(name);
  if (active && active !== name) views[active]?.hide?.();
  for (const section of document.querySelectorAll("main > .view")) section.hidden = section.id !== `view-${name}`;
  $("facilitator-nav").hidden = !facilitator;
  document.body.classList.toggle("facilitator", facilitator);
  document.documentElement.classList.toggle("projector", facilitator && !!workspace.settings.projector);
  for (const link of document.querySelectorAll("#facilitator-nav a")) {
    if (link.dataset.view === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (facilitator) {
    const title = workspace.exercise?.title;
    $("exercise-title").textContent = title || t("ws-app-untitled");
  }
  const changed = active !== name;
  active = name;
  views[name].show?.();
  if (changed && name !== "play") {
    // Move focus to the new view's heading, so keyboard and screen-reader users start there.
    const heading = $(`view-${name}`).querySelector("h2");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }
  document.title = t("ws-app-document-title", { view: name });
}

function setProjector(on) {
  workspace.setting("projector", on);
  $("projector-toggle").setAttribute("aria-pressed", String(on));
  document.documentElement.classList.toggle("projector", on);
  announce(t(on ? "ws-app-projector-on" : "ws-app-projector-off"));
  views[active]?.refresh?.();
}

// The workshop's own words in English, named whole so the build counts them in what a first
// visit downloads (see shared/language.js).
const PAGE_WORDS = new URL("../pkg/locales/en-workshop.ftl", import.meta.url);

async function boot() {
  // The reader's words arrive with the model; nothing is drawn before them.
  const [, defaultScenario, language] = await Promise.all([init(), loadDefaultScenario(), loadLanguage(chooseLanguage(), { pageWords: PAGE_WORDS })]);
  if (language.failure) showError(describe(language.failure));
  set_language(wordsForModule([...sentence_ids(), ...workshop_sentence_ids()]));
  translateDefaultScenario(defaultScenario);
  // The switcher reopens the workshop in the language chosen; its work is in the address and
  // the browser's storage.
  document.querySelector(".top-actions").prepend(languageMenu({ addressFor: (chosen) => addressInLanguage(location.href, chosen) }));
  const catalog = translateCatalog(readCatalog());
  const workshop = workshop_catalog();
  workspace = new Workspace(defaultScenario);
  $("version").textContent = t("ws-app-version", { version: version() });

  views = {
    setup: new Setup({ workspace, catalog, workshop, defaultScenario }),
    team: new TeamView({ catalog, workshop, workspace, onFacilitate: () => (location.hash = "#setup") }),
    received: new ReceivedView({ workspace, onAdded: () => (location.hash = "#compare") }),
    compare: new CompareView({ catalog, workshop, workspace }),
    play: new PlayView({ catalog, workspace }),
    presenter: new PresenterView(),
    debrief: new DebriefView({ catalog, workshop, workspace }),
  };
  views.setup.show = () => views.setup.render();

  workspace.onChange((what) => {
    if (what === "exercise" && FACILITATOR_VIEWS.includes(active)) {
      $("exercise-title").textContent = workspace.exercise?.title || t("ws-app-untitled");
    }
    if (active === "compare" && what !== "settings") views.compare.refresh();
    // In a live room the teams' sequences arrive while the room watches the play.
    if (active === "play" && what === "teams") views.play.refresh();
  });
  offerLiveRoom();

  $("projector-toggle").setAttribute("aria-pressed", String(!!workspace.settings.projector));
  $("projector-toggle").addEventListener("click", () => setProjector(!workspace.settings.projector));
  onThemeChange(() => views[active]?.refresh?.());
  watchDrops();
  // The fragment names the view (or holds an exercise), so the skip link moves focus itself
  // instead of changing the fragment.
  document.querySelector(".skip-link").addEventListener("click", (e) => {
    e.preventDefault();
    $("main").focus();
  });

  $("workshop-loading").remove();
  window.addEventListener("hashchange", route);
  route();
}

/**
 * Shows the set-up's "Run it live" panel when this copy of the site names a room server. Its
 * code, and the engine under it, load only once a room is opened (or one is kept from before).
 */
function offerLiveRoom() {
  if (!document.querySelector('meta[name="relief-room-server"]')?.content) return;
  $("live-panel").hidden = false;
  let panel = null;
  const load = async () => {
    if (!panel) {
      const { LivePanel } = await import("./live/panel.js");
      panel ??= new LivePanel({ workspace });
    }
    return panel;
  };
  const failed = (err) => showError(t("ws-app-live-failed", { error: describe(err) }));
  $("live-open").addEventListener("click", () => load().then((p) => p.open()).catch(failed));
  if (workspace.settings.live) load().then((p) => p.resume()).catch(failed);
}

/** Files dropped anywhere on a facilitator's view are teams' hand-backs for the comparison. */
function watchDrops() {
  onFileDrop(
    $("drop-overlay"),
    async (files) => {
      if (!files.length) return;
      if (active !== "compare") location.hash = "#compare";
      await views.compare.addFiles(files);
    },
    () => FACILITATOR_VIEWS.includes(active),
  );
}

boot().catch((err) => {
  $("workshop-loading")?.remove();
  const error = describe(err);
  showError(words("ws-app-could-not-start", { error }, `The workshop could not start: ${error}. Reload the page to try again.`));
});
