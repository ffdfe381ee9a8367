// The facilitator's side of a live room: it opens the room on the room server, publishes the
// exercise as the set-up changes it, follows every team's document into the comparison (so
// Compare and Play redraw as teams work), and sends news to the teams when the facilitator
// says. What it writes, the server lets only the facilitator's token write; the teams'
// documents it may only read.

import { RoomConnection, createRoom, loadEngine, readToken, refusalInWords, roomServer } from "./connection.js";
import { readSteps, started } from "./sequence.js";
import { t } from "../../shared/i18n.js";

/** The most teams a room has tokens for: every team an exercise can have. */
const ROOM_TEAMS = 8;
/** Teams' edits that arrive together are taken into the comparison together, this soon after. */
const GATHER_MS = 40;

/** The shock an inject is felt as (as the model's Inject::shock). */
export function shockOf(inject) {
  return { kind: inject.kind, month: inject.month, size: inject.size };
}

export class LiveHost {
  /**
   * @param {object} o
   * @param {import("../workspace.js").Workspace} o.workspace where the exercise and the teams are
   * @param {(state: {status: string, unsynced: number, problem: string|null}) => void} o.onStatus
   * @param {(devices: number[]) => void} o.onPresence how many devices each team has in the room
   */
  constructor({ workspace, onStatus = () => {}, onPresence = () => {} }) {
    this.ws = workspace;
    this.onStatus = onStatus;
    this.onPresence = onPresence;
    /** How many devices each team has in the room now. */
    this.devices = [];
    this.connection = null;
    this.teamDocs = [];
    /** The name each team's document was last taken into the comparison under. */
    this.takenAs = [];
    this.pending = new Set();
    this.problem = null;
  }

  /** The room this workspace has open (kept in its settings), or null. */
  get room() {
    const live = this.ws.settings.live;
    return live && readToken(live.facilitator) ? live : null;
  }

  /** Opens a new room on this build's room server with the server's key, then connects to it. */
  async open(key) {
    const server = roomServer();
    if (!server) throw new Error(t("ws-live-no-server"));
    if (!key.trim()) throw new Error(t("ws-live-key-missing"));
    const created = await createRoom(server, key.trim(), ROOM_TEAMS);
    this.ws.setting("live", { server, room: created.room, facilitator: created.facilitator, teams: created.teams, released: [] });
    await this.connect();
  }

  /** Connects to the room kept in the workspace (after a reload, say). */
  async connect() {
    const room = this.room;
    if (!room || this.connection) return;
    const live = await loadEngine();
    this.connection = new RoomConnection(live, {
      server: room.server,
      token: room.facilitator,
      onStatus: () => this.report(),
    });
    const refused = (reason) => {
      this.problem = t("ws-live-host-refused", { reason: refusalInWords(reason) });
      this.report();
    };
    this.exerciseDoc = this.connection.open("exercise", { onRefused: refused }).doc;
    this.injectsDoc = this.connection.open("injects", { onRefused: refused }).doc;
    for (let i = 0; i < ROOM_TEAMS; i += 1) {
      const { doc, awareness } = this.connection.open(`team-${i}`, { onChange: () => this.gather(i), onRefused: refused, presence: true });
      this.teamDocs.push(doc);
      // The facilitator's device is not one of the team's: it only counts theirs.
      awareness.setLocalState(null);
      const count = () => {
        this.devices[i] = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID).length;
        this.onPresence([...this.devices]);
      };
      awareness.on("change", count);
      count();
    }
    this.publishExercise();
    this.report();
  }

  report() {
    this.onStatus({ status: this.connection?.status ?? "disconnected", unsynced: this.connection?.unsynced ?? 0, problem: this.problem });
  }

  /** Writes the set-up's exercise for the teams, when it is sound and differs from theirs. */
  publishExercise() {
    if (!this.exerciseDoc) return;
    const checked = this.ws.checked();
    if (!checked.ok) return;
    const text = JSON.stringify(this.ws.exercise);
    const map = this.exerciseDoc.getMap("exercise");
    if (map.get("document") !== text) map.set("document", text);
    // A team the set-up renamed keeps its place in the comparison, under its new name, at once.
    this.takenAs.forEach((taken, i) => {
      const name = this.ws.exercise.teams?.[i]?.name;
      if (taken !== undefined && name !== undefined && name.trim() !== taken) this.gather(i);
    });
  }

  /** The injects sent to the teams so far, by their place in the exercise. */
  get released() {
    return new Set((this.injectsDoc?.getArray("released").toArray() ?? []).map((r) => r.index));
  }

  /** Sends the exercise's inject `index` to every team now. */
  release(index) {
    const inject = this.ws.exercise.injects?.[index];
    if (!inject || !this.injectsDoc || this.released.has(index)) return;
    this.injectsDoc.getArray("released").push([{ index, inject: structuredClone(inject) }]);
  }

  /** Takes a team's document into the comparison soon, with any other that changes meanwhile. */
  gather(i) {
    this.pending.add(i);
    if (this.gatherTimer) return;
    this.gatherTimer = setTimeout(() => {
      this.gatherTimer = 0;
      const teams = [...this.pending];
      this.pending.clear();
      this.takeTeams(teams);
    }, GATHER_MS);
  }

  takeTeams(indices) {
    const checked = this.ws.checked();
    if (!checked.ok) return;
    const { exercise, team_start: start, version } = checked.ok;
    this.ws.batch(() => {
      for (const i of indices) {
        const team = exercise.teams[i];
        const doc = this.teamDocs[i];
        if (!team || !doc || !started(doc)) continue;
        const scenario = { ...structuredClone(start), steps: readSteps(doc).steps };
        try {
          this.ws.addTeam({ team: team.name, scenario, exercise: version }, { formerly: this.takenAs[i] });
          this.takenAs[i] = team.name.trim();
        } catch (err) {
          this.problem = err.message;
        }
      }
    });
    // The comparison, and Compare or Play if on screen, have redrawn with the teams' changes.
    performance.mark("relief:live-shown");
    this.report();
  }

  /** Leaves the room: nothing more arrives; what the teams sent stays in the comparison. */
  close() {
    this.connection?.close();
    this.connection = null;
    this.teamDocs = [];
    this.devices = [];
    this.exerciseDoc = null;
    this.injectsDoc = null;
    this.problem = null;
    this.ws.setting("live", null);
    this.report();
  }
}
