// A team device's side of a live room: it reads the exercise and the news the facilitator
// sends, and keeps the team's sequence in the team's document, which every device of the team
// edits at once. The server lets a team's token write its own document only.

import { RoomConnection, loadEngine, readToken, refusalInWords, roomServer } from "./connection.js";
import { readSteps, startSteps, started, writeSteps } from "./sequence.js";
import { t } from "../../shared/i18n.js";

export class LiveMember {
  /**
   * @param {object} o
   * @param {string} o.token the team's token, from the link
   * @param {(text: string) => void} o.onExercise the exercise's JSON, when it arrives or changes
   * @param {() => void} o.onSteps another device changed the team's steps (see take)
   * @param {(released: {index: number, inject: object}[]) => void} o.onNews the news sent so far
   * @param {(status: string, unsynced: number) => void} o.onStatus
   * @param {(reason: string) => void} o.onRefused
   */
  constructor({ token, onExercise, onSteps, onNews, onStatus, onRefused }) {
    const read = readToken(token);
    if (!read || read.role !== "team") throw new Error(t("ws-live-link-unreadable"));
    this.team = read.team;
    this.token = token;
    this.on = { onExercise, onSteps, onNews, onStatus, onRefused };
    /** The steps the page shows, with their identifiers in the document. */
    this.shown = null;
  }

  /** Connects and resolves once the exercise and the team's sequence have arrived. */
  async join() {
    const server = roomServer();
    if (!server) throw new Error(t("ws-live-no-server"));
    const live = await loadEngine();
    this.connection = new RoomConnection(live, {
      server,
      token: this.token,
      onStatus: (status) => this.on.onStatus(status, this.connection?.unsynced ?? 0),
    });
    // A refusal while joining fails the join; one later (a link withdrawn) is said as it comes.
    const refused = (reason) => this.ready && this.on.onRefused(refusalInWords(reason));
    const exercise = this.connection.open("exercise", { onChange: () => this.readExercise(), onRefused: refused });
    const news = this.connection.open("injects", { onChange: () => this.readNews(), onRefused: refused });
    const team = this.connection.open(`team-${this.team}`, {
      onChange: (remote) => remote && this.readSteps(),
      onRefused: refused,
      // The facilitator sees how many of the team's devices are in the room.
      presence: true,
    });
    team.awareness?.setLocalState({ device: true });
    this.exerciseDoc = exercise.doc;
    this.newsDoc = news.doc;
    this.teamDoc = team.doc;
    await Promise.all([exercise.synced, team.synced, news.synced]);
    // Nothing is handed to the page before all three have arrived: the team must not start
    // from the exercise's steps while its own are still on their way.
    this.ready = true;
    this.readExercise();
    this.readNews();
  }

  /** The exercise's JSON the facilitator published, or null while there is none. */
  get exerciseText() {
    return this.exerciseDoc.getMap("exercise").get("document") ?? null;
  }

  readExercise() {
    if (!this.ready) return;
    const text = this.exerciseText;
    if (text && text !== this.lastExercise) {
      this.lastExercise = text;
      this.on.onExercise(text);
    }
  }

  readNews() {
    if (!this.ready) return;
    this.on.onNews(this.newsDoc.getArray("released").toArray());
  }

  /**
   * The team's steps: those in the document, or, for the first device of the team, `first`
   * (the exercise's), which it puts there. The page shows them from now on.
   */
  steps(first) {
    if (!started(this.teamDoc)) startSteps(this.teamDoc, first);
    return this.take();
  }

  /** The steps in the document now, which the page is about to show. */
  take() {
    this.shown = readSteps(this.teamDoc);
    return structuredClone(this.shown.steps);
  }

  /** Another device's change arrived: the page takes it in when it can (see take). */
  readSteps() {
    if (this.ready) this.on.onSteps();
  }

  /** Writes the page's edit, from the steps it showed to `steps`. */
  write(steps) {
    if (!this.teamDoc || !this.shown || JSON.stringify(steps) === JSON.stringify(this.shown.steps)) return;
    const ids = writeSteps(this.teamDoc, this.shown.steps, this.shown.ids, steps);
    this.shown = { steps: structuredClone(steps), ids };
    performance.mark("relief:live-sent");
  }

  close() {
    this.connection?.close();
  }
}
