// Starts and stops the real room server (room/server.mjs) as a child process for tests and the
// load run, and speaks its HTTP API. The end-to-end tests import it from tests/e2e/, whose
// node_modules do not hold the room's packages, so it must never import anything but node's
// own modules; and it must never reach any address but the loopback one it started.

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SERVER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "server.mjs");

/** How long the server may take to answer `/health` after it is spawned. */
const START_TIMEOUT_MS = 10_000;
/** How long a stop may take before the server is killed outright. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts `node room/server.mjs` on `host` and `port` with `dataDir` (a new temporary folder when
 * none is given; port 0, the default, lets the server pick a free port, which a restart then
 * keeps) and resolves once `/health` answers.
 *
 * Returns `{ url, wsUrl, roomKey, dataDir, port, stop({ signal }), restart(), output() }`:
 * `stop` sends `signal` (SIGTERM by default, SIGKILL to kill hard) and waits for the exit;
 * `restart` starts the server again on the same port and data folder; `output` is everything
 * the server printed so far, `{ stdout, stderr }`, across restarts.
 */
export async function startRoomServer({ port = 0, dataDir, host = "127.0.0.1" } = {}) {
  const folder = dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "relief-room-")));
  const printed = { stdout: "", stderr: "" };
  let child = null;
  let listeningPort = port;
  // Whatever happens to the caller, its server does not outlive it, nor does a data folder
  // made here.
  process.once("exit", () => {
    child?.kill("SIGKILL");
    if (!dataDir) rmSync(folder, { recursive: true, force: true });
  });

  async function launch() {
    const started = Date.now();
    child = spawn(process.execPath, [SERVER_SCRIPT, "--host", host, "--port", String(listeningPort), "--data", folder], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const current = child;
    current.exited = new Promise((resolve) => current.once("exit", (code, signal) => resolve({ code, signal })));
    let stdoutSeen = "";
    current.stdout.setEncoding("utf8");
    current.stderr.setEncoding("utf8");
    current.stdout.on("data", (text) => {
      printed.stdout += text;
      stdoutSeen += text;
    });
    current.stderr.on("data", (text) => {
      printed.stderr += text;
    });
    const exitedEarly = current.exited.then(({ code, signal }) => ({ exited: true, code, signal }));

    // The port comes from the server's first line, which also covers port 0.
    for (;;) {
      const found = /listening on http:\/\/(?:\[[^\]]+\]|[^:\s]+):(\d+)/.exec(stdoutSeen);
      if (found) {
        listeningPort = Number(found[1]);
        break;
      }
      const outcome = await Promise.race([exitedEarly, delay(25)]);
      if (outcome?.exited) {
        throw new Error(`the room server exited (${outcome.code ?? outcome.signal}) before listening:\n${printed.stderr}`);
      }
      if (Date.now() - started > START_TIMEOUT_MS) {
        current.kill("SIGKILL");
        throw new Error(`the room server did not start within ${START_TIMEOUT_MS / 1000} s; it printed:\n${printed.stderr}`);
      }
    }
    for (;;) {
      try {
        const response = await fetch(`http://${urlHost(host)}:${listeningPort}/health`);
        if (response.ok) return;
      } catch {
        // Not answering yet.
      }
      if (Date.now() - started > START_TIMEOUT_MS) {
        current.kill("SIGKILL");
        throw new Error(`the room server's /health did not answer within ${START_TIMEOUT_MS / 1000} s; it printed:\n${printed.stderr}`);
      }
      await delay(25);
    }
  }

  await launch();
  const roomKey = (await fs.readFile(path.join(folder, "room-key"), "utf8")).trim();

  const server = {
    get url() {
      return `http://${urlHost(host)}:${listeningPort}`;
    },
    get wsUrl() {
      return `ws://${urlHost(host)}:${listeningPort}`;
    },
    get port() {
      return listeningPort;
    },
    roomKey,
    dataDir: folder,
    /** Stops the server with `signal` and resolves with how it exited. */
    async stop({ signal = "SIGTERM" } = {}) {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return current ? current.exited : null;
      current.kill(signal);
      const timer = setTimeout(() => current.kill("SIGKILL"), STOP_TIMEOUT_MS);
      const outcome = await current.exited;
      clearTimeout(timer);
      return outcome;
    },
    /** Starts the server again, on the same port and data folder, after a stop. */
    async restart() {
      await server.stop();
      await launch();
    },
    output() {
      return { ...printed };
    },
  };
  return server;
}

/** Makes a room of `teams` teams with the server's room key: `{ room, facilitator, teams }`. */
export async function createRoom(server, teams) {
  const response = await fetch(`${server.url}/rooms`, {
    method: "POST",
    headers: { Authorization: `Bearer ${server.roomKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ teams }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`POST /rooms answered ${response.status}: ${body.error}`);
  return body;
}

/** The names of a room's documents. */
export function exerciseDoc(room) {
  return `${room}/exercise`;
}
export function injectsDoc(room) {
  return `${room}/injects`;
}
export function teamDoc(room, team) {
  return `${room}/team-${team}`;
}

function urlHost(host) {
  return host.includes(":") ? `[${host}]` : host;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
