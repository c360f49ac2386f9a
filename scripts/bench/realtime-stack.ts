// The pieces `make bench-realtime` measures: its own database with bench users, API processes (uvicorn started as
// the Python process itself, so /proc/<pid> is the server's memory), and a throwaway redis-server.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import { findExecutable } from "../lib/find-executable.ts";
import { apiDir } from "../lib/paths.ts";
import * as databases from "../lib/databases.ts";
import { freePort } from "../lib/ports.ts";
import { prepareBenchDatabase, quietLoggingConfig, uvCommand } from "./api-server.ts";

const run = promisify(execFile);
// BENCH_DATABASE names it, so two checkouts benchmarking on one server do not collide.
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "devmarket_bench_realtime";
export const JWT_SECRET = "bench-realtime-jwt-secret-0123456789abcdef0123456789abcdef012345";
/** The web origin the API allows; every socket handshake presents it, as a browser would. */
export const BENCH_ORIGIN = "http://localhost:3999";

export interface BenchUser {
  id: string;
  email: string;
}

/** A fresh, migrated database of its own on the server `with-db.ts` gave us. */
export function prepareDatabase(serverUrl: string): Promise<string> {
  return prepareBenchDatabase(serverUrl, BENCH_DATABASE, { JWT_SECRET });
}

export function dropDatabase(serverUrl: string): Promise<void> {
  return databases.dropDatabase(serverUrl, BENCH_DATABASE);
}

/**
 * Commit times, measured by PostgreSQL itself: a deferred constraint trigger runs at COMMIT (just before the commit
 * record is written) and notes clock_timestamp() per message. Only in the bench's own database; it adds one small
 * insert to each message's transaction.
 */
export async function recordCommitTimes(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      CREATE TABLE bench_commit_times (message_id uuid PRIMARY KEY, committed_at timestamptz NOT NULL);
      CREATE FUNCTION bench_record_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO bench_commit_times VALUES (NEW.id, clock_timestamp());
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER bench_commit_time AFTER INSERT ON messages
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bench_record_commit();`);
  } finally {
    await client.end();
  }
}

/** Commit time (epoch ms) of every message so far. */
export async function commitTimes(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; ms: string }>(
      "SELECT message_id::text AS id, extract(epoch FROM committed_at) * 1000 AS ms FROM bench_commit_times",
    );
    return new Map(rows.map((row) => [row.id, Number(row.ms)]));
  } finally {
    await client.end();
  }
}

/**
 * How far PostgreSQL's clock is from ours (ms, median of a few readings, each taken mid-round-trip). Both run on
 * this machine, so it should be about zero; the report shows it so that nobody has to take that on faith.
 */
export async function clockOffsetMs(
  url: string,
  now: () => number,
): Promise<{ offset_ms: number; round_trip_ms: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const readings: { offset: number; roundTrip: number }[] = [];
    for (let i = 0; i < 9; i += 1) {
      const sentAt = now();
      const { rows } = await client.query<{ ms: string }>("SELECT extract(epoch FROM clock_timestamp()) * 1000 AS ms");
      const answeredAt = now();
      readings.push({ offset: Number(rows[0]?.ms) - (sentAt + answeredAt) / 2, roundTrip: answeredAt - sentAt });
    }
    readings.sort((a, b) => a.offset - b.offset);
    const middle = readings[Math.floor(readings.length / 2)] ?? { offset: NaN, roundTrip: NaN };
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return { offset_ms: round(middle.offset), round_trip_ms: round(middle.roundTrip) };
  } finally {
    await client.end();
  }
}

/** Users straight into the table (no sign-up: the bench is about sockets, not Argon2id). */
export async function insertUsers(url: string, kind: string, count: number): Promise<BenchUser[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<BenchUser>(
      `INSERT INTO users (email, full_name, email_verified)
       SELECT 'bench-' || $1 || '-' || n || '@bench.invalid', 'Bench ' || $1 || ' ' || n, true
       FROM generate_series(1, $2::int) AS n
       RETURNING id::text AS id, email`,
      [kind, count],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** The access token the web app would set (docs/architecture.md): HS256, sub/email/role/is_admin/iat/exp. */
export function mintToken(user: BenchUser): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const iat = Math.floor(Date.now() / 1000);
  const payload = { sub: user.id, email: user.email, role: "user", is_admin: false, iat, exp: iat + 1800 };
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}`;
  const signature = crypto.createHmac("sha256", JWT_SECRET).update(unsigned).digest("base64url");
  return `${unsigned}.${signature}`;
}

async function pythonExecutable(): Promise<string> {
  const [uv, ...uvArgs] = uvCommand();
  const { stdout } = await run(uv, [...uvArgs, "run", "python", "-c", "import sys; print(sys.executable)"], {
    cwd: apiDir,
  });
  return stdout.trim();
}

export interface Process {
  pid: number;
  stop(): Promise<void>;
}

function supervise(child: ChildProcess, output: string[]): Process {
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start a child process");
  return {
    pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

export interface ApiProcess extends Process {
  baseUrl: string;
  socketUrl: string;
}

/** One API process as production runs it (render.yaml's uvicorn flags), APP_ENV=test, no reload. */
export async function startApi(databaseUrl: string, redisUrl: string | null): Promise<ApiProcess> {
  const port = await freePort();
  const python = await pythonExecutable();
  const args = ["-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", String(port)];
  args.push("--no-access-log", "--log-level", "warning", "--log-config", quietLoggingConfig());
  args.push("--ws-per-message-deflate", "false", "--ws-max-size", "65536");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    FRONTEND_ORIGIN: BENCH_ORIGIN,
  };
  delete env.REDIS_URL;
  delete env.DIRECT_DATABASE_URL;
  if (redisUrl) env.REDIS_URL = redisUrl;
  const output: string[] = [];
  const child = spawn(python, args, { cwd: apiDir, env, stdio: ["ignore", "pipe", "pipe"] });
  const process_ = supervise(child, output);
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${output.join("")}`);
    if (Date.now() > deadline) {
      await process_.stop();
      throw new Error(`the API did not answer /health/live within 60 s:\n${output.join("")}`);
    }
    try {
      if ((await fetch(`${baseUrl}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
  }
  return { ...process_, baseUrl, socketUrl: `ws://127.0.0.1:${port}/ws` };
}

/** A throwaway redis-server: no persistence, loopback only, gone when stopped. */
export async function startRedis(): Promise<Process & { url: string }> {
  const executable = findExecutable("redis-server", ["/usr/sbin", "/usr/local/bin"]);
  if (!executable) throw new Error("redis-server is not installed: run `make install` (Debian's redis-server)");
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const output: string[] = [];
  const child = spawn(executable, args, { stdio: ["ignore", "pipe", "pipe"] });
  const process_ = supervise(child, output);
  for (const deadline = Date.now() + 10_000; !output.join("").includes("Ready to accept"); await sleep(100)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await process_.stop();
      throw new Error(`redis-server did not start:\n${output.join("")}`);
    }
  }
  return { ...process_, url: `redis://127.0.0.1:${port}/0` };
}

/** Resident memory of a process, in KiB (VmRSS in /proc/<pid>/status). */
export function residentKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** CPU time a process has used so far (user + system), in seconds; /proc/<pid>/stat counts clock ticks (100/s). */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the numeric fields start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
