// Runs the postgres server process for a profile and waits until it accepts connections.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { forEachLine } from "../lib/log.ts";
import type { ProfileSettings } from "./profiles.ts";
import { runAs, type ServerUser } from "./server-user.ts";

export function spawnServer(
  postgres: string,
  settings: ProfileSettings,
  user: ServerUser | undefined,
  onLog: (line: string) => void,
): ChildProcess {
  const serverSettings: Record<string, string> = {
    // TCP on loopback only; no Unix socket, so no socket lock file in /tmp can go stale or collide.
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    ...settings.serverSettings,
  };
  const args = ["-D", settings.dataDir, "-p", String(settings.port)];
  for (const [name, value] of Object.entries(serverSettings)) args.push("-c", `${name}=${value}`);
  const child = spawn(postgres, args, {
    cwd: "/",
    env: { ...process.env, LC_MESSAGES: "C" },
    // Its own process group: Ctrl-C in the terminal reaches our scripts, which stop the apps first, then the
    // database; and a tool that kills our process group (Playwright's web servers) cannot orphan it half-way.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    ...runAs(user),
  });
  forEachLine(child.stdout!, onLog);
  forEachLine(child.stderr!, onLog);
  return child;
}

function client(settings: ProfileSettings, database: string): pg.Client {
  const { user, password, port } = settings;
  return new pg.Client({ host: "127.0.0.1", port, user, password, database, connectionTimeoutMillis: 2_000 });
}

/** Polls until the server accepts a login; fails early when `child` exits. */
export async function waitUntilReady(
  settings: ProfileSettings,
  child?: ChildProcess,
  timeoutMs = 60_000,
): Promise<void> {
  let lastError: unknown;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (child !== undefined && child.exitCode !== null) {
      throw new Error(`postgres exited with code ${child.exitCode} while starting`);
    }
    const probe = client(settings, "postgres");
    probe.on("error", () => undefined); // a refused connection is expected while it starts
    try {
      await probe.connect();
      await probe.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await probe.end().catch(() => undefined);
    }
  }
  throw new Error(`PostgreSQL on port ${settings.port} was not ready after ${timeoutMs / 1000}s`, { cause: lastError });
}

/** Creates the profile's database on first use. */
export async function ensureDatabase(settings: ProfileSettings): Promise<void> {
  const admin = client(settings, "postgres");
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [settings.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(settings.database)}`);
  } finally {
    await admin.end();
  }
}
