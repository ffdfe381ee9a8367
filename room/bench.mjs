// The room server's load run: a whole workshop on one machine. It starts the real server on a
// free loopback port, makes a room, connects every team's devices (each a page with its team's
// plan and the exercise on one socket) and a facilitator watching every team's plan read-only,
// lets each device make an edit about once a second, and measures how long each edit takes to
// reach the facilitator. It then checks that every edit arrived, everywhere, and that the
// server refused and failed nothing.
//
//   node room/bench.mjs [--teams 8] [--devices 5] [--seconds 60] [--json]
//
// Budget: propagation p95 ≤ 500 ms on loopback (checked by `cargo xtask bench`). Prints a short
// report, or with --json only the figures as one JSON object; exits 1 when an edit is lost or
// the server logged an error or a refusal. It must never run unbounded (the counts and the
// time are capped) or reach any address but the loopback server it starts.

import { performance } from "node:perf_hooks";

import { closeSocket, delay, openDocument, openSocket, waitFor, withDeadline } from "./providers.mjs";
import { createRoom, exerciseDoc, startRoomServer, teamDoc } from "./testing.mjs";

/** The propagation budget on loopback: an edit should feel live to a facilitator. */
const BUDGET_P95_MS = 500;
/** Caps that keep any run bounded: the room's own team limit, and enough devices and time
 * for any honest load run on one machine. */
const MAX_DEVICES = 50;
const MAX_SECONDS = 600;
/** How long, after the last edit, every view may take to hold every edit. */
const CONVERGENCE_TIMEOUT_MS = 30_000;

function parseArguments(args) {
  const options = { teams: 8, devices: 5, seconds: 60, json: false };
  const limits = { teams: [1, 8], devices: [1, MAX_DEVICES], seconds: [1, MAX_SECONDS] };
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at];
    if (arg === "--json") {
      options.json = true;
      continue;
    }
    const match = /^--(teams|devices|seconds)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument: ${arg} (usage: node room/bench.mjs [--teams N] [--devices N] [--seconds N] [--json])`);
    const [, name, inline] = match;
    const value = Number(inline ?? args[(at += 1)]);
    const [low, high] = limits[name];
    if (!Number.isInteger(value) || value < low || value > high) {
      throw new Error(`--${name} wants a whole number from ${low} to ${high}`);
    }
    options[name] = value;
  }
  return options;
}

/** The nearest-rank percentile of sorted numbers. */
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => Math.round(ms * 10) / 10;

async function run(options) {
  const say = options.json ? (line) => process.stderr.write(`${line}\n`) : (line) => console.log(line);
  const server = await startRoomServer({});
  const sockets = [];
  const clients = [];
  try {
    const room = await createRoom(server, options.teams);
    say(`room server on ${server.url}: ${options.teams} teams × ${options.devices} devices for ${options.seconds} s`);

    // The facilitator's page: the exercise and every team's plan on one socket.
    const facilitatorSocket = openSocket(server.wsUrl);
    sockets.push(facilitatorSocket);
    const exercise = openDocument(server.wsUrl, exerciseDoc(room.room), room.facilitator, { websocketProvider: facilitatorSocket });
    clients.push(exercise);
    const latencies = [];
    const watching = [];
    for (let team = 0; team < options.teams; team += 1) {
      const view = openDocument(server.wsUrl, teamDoc(room.room, team), room.facilitator, { websocketProvider: facilitatorSocket });
      clients.push(view);
      // Each edit is a new key; its first appearance here is when it reached the facilitator.
      view.map.observe((event) => {
        const now = performance.now();
        for (const key of event.keysChanged) {
          const value = view.map.get(key);
          if (value && typeof value.at === "number") latencies.push(now - value.at);
        }
      });
      watching.push(view);
    }

    const devices = [];
    let disconnects = 0;
    for (let team = 0; team < options.teams; team += 1) {
      for (let device = 0; device < options.devices; device += 1) {
        const socket = openSocket(server.wsUrl);
        sockets.push(socket);
        socket.on("disconnect", () => {
          disconnects += 1;
        });
        const plan = openDocument(server.wsUrl, teamDoc(room.room, team), room.teams[team], { websocketProvider: socket });
        const briefing = openDocument(server.wsUrl, exerciseDoc(room.room), room.teams[team], { websocketProvider: socket });
        clients.push(plan, briefing);
        devices.push({ team, device, plan, briefing, edits: 0 });
      }
    }
    for (const client of clients) {
      const name = client.provider.configuration.name;
      const outcome = await withDeadline(client.ready, 15_000, `${name} to sync`);
      if (outcome !== "synced") throw new Error(`${name} was refused: ${client.refusal}`);
    }
    disconnects = 0;

    // Each device edits about once a second, at its own jittered pace; the facilitator moves
    // the exercise on every five seconds.
    const started = performance.now();
    const end = started + options.seconds * 1000;
    const editing = devices.map(async (entry) => {
      await delay(Math.random() * 1000);
      while (performance.now() < end) {
        entry.edits += 1;
        entry.plan.map.set(`${entry.device}/${entry.edits}`, { at: performance.now(), device: entry.device, n: entry.edits });
        await delay(500 + Math.random() * 1000);
      }
    });
    const moving = (async () => {
      for (let month = 1; performance.now() < end; month += 1) {
        exercise.map.set("month", month);
        await delay(5000);
      }
    })();
    await Promise.all([...editing, moving]);

    // Every edit must reach the facilitator and every device of its team.
    const expected = (team) =>
      devices.filter((d) => d.team === team).reduce((sum, d) => sum + d.edits, 0);
    const converged = () =>
      watching.every((view, team) => view.map.size === expected(team)) &&
      devices.every((d) => d.plan.map.size === expected(d.team));
    await waitFor(converged, { timeout: CONVERGENCE_TIMEOUT_MS }).catch(() => {});
    let lost = 0;
    for (const { team, device, edits } of devices) {
      for (let n = 1; n <= edits; n += 1) {
        const value = watching[team].map.get(`${device}/${n}`);
        if (!value || value.n !== n || value.device !== device) lost += 1;
      }
    }
    const lastMonth = exercise.map.get("month");
    const briefed = devices.every((d) => d.briefing.map.get("month") === lastMonth);

    const edits = devices.reduce((sum, d) => sum + d.edits, 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    for (const client of clients) client.destroy();
    for (const socket of sockets) closeSocket(socket);
    clients.length = 0;
    sockets.length = 0;
    await server.stop();

    const stderr = server.output().stderr.split("\n");
    const figures = {
      teams: options.teams,
      devices: options.devices,
      seconds: options.seconds,
      edits,
      observed: latencies.length,
      propagationP50Ms: round(percentile(sorted, 50)),
      propagationP95Ms: round(percentile(sorted, 95)),
      propagationMaxMs: round(sorted.at(-1) ?? NaN),
      budgetP95Ms: BUDGET_P95_MS,
      lostEdits: lost,
      converged: converged() && briefed,
      disconnects,
      serverErrors: stderr.filter((line) => /^\S+ error /.test(line)).length,
      serverRefusals: stderr.filter((line) => /^\S+ refused /.test(line)).length,
    };
    return { figures, serverLog: server.output().stderr };
  } finally {
    for (const client of clients) client.destroy();
    for (const socket of sockets) closeSocket(socket);
    await server.stop();
  }
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`room bench: ${error.message}\n`);
  process.exit(2);
}

const { figures, serverLog } = await run(options);
const failed = figures.lostEdits > 0 || !figures.converged || figures.serverErrors > 0 || figures.serverRefusals > 0;
if (options.json) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`edits                  ${figures.edits} (${figures.observed} seen by the facilitator)`);
  console.log(
    `propagation p50 / p95 / max ${figures.propagationP50Ms} / ${figures.propagationP95Ms} / ${figures.propagationMaxMs} ms   (budget p95 ≤ ${BUDGET_P95_MS} ms)`,
  );
  console.log(`lost edits             ${figures.lostEdits}${figures.converged ? "" : " (the views did not converge)"}`);
  console.log(`server errors          ${figures.serverErrors}, refusals ${figures.serverRefusals}; sockets dropped ${figures.disconnects}`);
}
if (failed) {
  process.stderr.write(`room bench: ${figures.lostEdits} lost edits, ${figures.serverErrors} server errors, ${figures.serverRefusals} refusals${figures.converged ? "" : ", views not converged"}\n`);
  if (serverLog) process.stderr.write(serverLog);
  process.exit(1);
}
