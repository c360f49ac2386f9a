// A private PgBouncer in transaction mode — what Neon's pooled (`-pooler`) endpoint is — in front of a local
// PostgreSQL, so the API's tests can prove it needs no session state (server-side prepared statements, SET,
// LISTEN, advisory locks) that breaks there. Debian's `pgbouncer`; `make install` installs it when missing.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { findExecutable } from "../lib/find-executable.ts";
import { forEachLine, type Logger } from "../lib/log.ts";
import { freePort } from "../lib/ports.ts";
import { runAs, serverUser } from "./server-user.ts";

export interface PgBouncer {
  /** `upstreamUrl` with host and port replaced by PgBouncer's. */
  url: string;
  stop(): Promise<void>;
}

const sbin = ["/usr/sbin", "/usr/local/sbin", "/sbin"];

/** [major, minor] of the installed PgBouncer: settings it does not know make it refuse to start. */
function versionOf(binary: string): [number, number] {
  const banner = execFileSync(binary, ["--version"], { encoding: "utf8" });
  const match = /PgBouncer (\d+)\.(\d+)/.exec(banner);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function quoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function config(upstream: URL, port: number, dir: string, version: [number, number]): string {
  const [major, minor] = version;
  return [
    "[databases]",
    // Wildcard: any database name goes to the same server, so tests that create scratch databases work too.
    `* = host=${upstream.hostname} port=${upstream.port || "5432"}`,
    "",
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "pool_mode = transaction",
    // Like Neon's pooler: clients authenticate to PgBouncer with SCRAM; it logs in to the server on their behalf.
    "auth_type = scram-sha-256",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "max_client_conn = 1000",
    // Enough server connections for the suite's concurrent transactions, well under max_connections (100).
    "default_pool_size = 40",
    "max_db_connections = 60",
    // Protocol-level prepared statements (PgBouncer >= 1.21) stay off: the API must not depend on them.
    ...(major > 1 || (major === 1 && minor >= 21) ? ["max_prepared_statements = 0"] : []),
    "log_connections = 0",
    "log_disconnections = 0",
    "",
  ].join("\n");
}

async function waitUntilServing(url: string, child: ChildProcess, recentLines: string[]): Promise<void> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) break;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      // not listening yet
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  child.kill("SIGTERM");
  throw new Error(`PgBouncer did not start; its last log lines:\n${recentLines.join("\n")}`);
}

/** Starts PgBouncer in front of the server `upstreamUrl` points at (user and password taken from it). */
export async function startPgBouncer(upstreamUrl: string, log: Logger): Promise<PgBouncer> {
  const binary = findExecutable("pgbouncer", sbin);
  if (binary === undefined) {
    throw new Error("pgbouncer is not installed; run `make install` (Debian package: pgbouncer)");
  }
  const upstream = new URL(upstreamUrl);
  const user = decodeURIComponent(upstream.username);
  const password = decodeURIComponent(upstream.password);
  const port = await freePort();
  // PgBouncer refuses to run as root: as root it runs as the same unprivileged user as the embedded PostgreSQL.
  const runAsUser = serverUser(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "devmarket-pgbouncer-"));
  fs.writeFileSync(path.join(dir, "userlist.txt"), `${quoted(user)} ${quoted(password)}\n`, { mode: 0o600 });
  fs.writeFileSync(path.join(dir, "pgbouncer.ini"), config(upstream, port, dir, versionOf(binary)), { mode: 0o600 });
  if (runAsUser !== undefined) {
    for (const file of [dir, path.join(dir, "userlist.txt"), path.join(dir, "pgbouncer.ini")]) {
      fs.chownSync(file, runAsUser.uid, runAsUser.gid);
    }
  }

  const child = spawn(binary, [path.join(dir, "pgbouncer.ini")], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    ...runAs(runAsUser),
  });
  const recentLines: string[] = [];
  const keep = (line: string): void => {
    recentLines.push(line);
    if (recentLines.length > 30) recentLines.shift();
  };
  forEachLine(child.stdout!, keep);
  forEachLine(child.stderr!, keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = (): void => void child.kill("SIGKILL");
  process.on("exit", killOnExit);

  const pooled = new URL(upstreamUrl);
  pooled.hostname = "127.0.0.1";
  pooled.port = String(port);
  try {
    await waitUntilServing(pooled.toString(), child, recentLines);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  log.info(`PgBouncer (transaction mode) on 127.0.0.1:${port} in front of ${upstream.host}`);
  return {
    url: pooled.toString(),
    stop: async () => {
      child.kill("SIGTERM"); // PgBouncer's immediate shutdown
      await Promise.race([exited, sleep(5_000)]);
      child.kill("SIGKILL");
      process.off("exit", killOnExit);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
