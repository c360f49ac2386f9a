// The API under test: one uvicorn process, no reload, no access log, on a free port; and the bench's database.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { recreateDatabase } from "../lib/databases.ts";
import { findExecutable } from "../lib/find-executable.ts";
import { apiDir } from "../lib/paths.ts";
import { freePort } from "../lib/ports.ts";

/** uv from PATH, or as a module when pip installed it off PATH (see scripts/install/uv.ts). */
export function uvCommand(): [string, ...string[]] {
  const uv = findExecutable("uv");
  return uv ? [uv] : ["python3", "-m", "uv"];
}

/** A fresh database `name` on the server `with-db.ts` gave the bench, migrated; returns its URL. */
export async function prepareBenchDatabase(
  serverUrl: string,
  name: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const url = await recreateDatabase(serverUrl, name);
  const [uv, ...uvArgs] = uvCommand();
  await promisify(execFile)(uv, [...uvArgs, "run", "alembic", "upgrade", "head"], {
    cwd: apiDir,
    env: { ...process.env, ...env, DATABASE_URL: url, DIRECT_DATABASE_URL: url },
  });
  return url;
}

/**
 * uvicorn's --no-access-log silences uvicorn's own access log; the app writes one more (devmarket.access, with
 * request ids). This logging config raises that logger to WARNING, so neither costs anything per request.
 */
export function quietLoggingConfig(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-api-")), "logging.json");
  const config = { version: 1, disable_existing_loggers: false, loggers: { "devmarket.access": { level: "WARNING" } } };
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

/** What the benches' API signs tokens with (JWT_SECRET when set). */
export const BENCH_JWT_SECRET =
  process.env.JWT_SECRET ?? "bench-jwt-secret-0123456789abcdef0123456789abcdef0123456789abcd";

export interface ApiServer {
  baseUrl: string;
  /** The uvicorn process itself (its CPU time is the API's). */
  pid: number;
  stop(): Promise<void>;
}

/** The project's Python (uv's virtual environment): started directly, its pid is the server's. */
export async function pythonExecutable(): Promise<string> {
  const [uv, ...uvArgs] = uvCommand();
  const { stdout } = await promisify(execFile)(
    uv,
    [...uvArgs, "run", "python", "-c", "import sys; print(sys.executable)"],
    { cwd: apiDir },
  );
  return stdout.trim();
}

async function waitUntilLive(baseUrl: string, child: ChildProcess, output: string[]): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${output.join("")}`);
    try {
      if ((await fetch(`${baseUrl}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`the API did not answer /health/live within 60 s:\n${output.join("")}`);
}

/** One uvicorn process of `app` (the API unless told otherwise), on a free port, once it answers. */
export async function startApi(databaseUrl: string, app = "app.main:app"): Promise<ApiServer> {
  const port = await freePort();
  const python = await pythonExecutable();
  const args = ["-m", "uvicorn", app, "--host", "127.0.0.1", "--port", String(port)];
  args.push("--workers", "1", "--no-access-log", "--log-level", "warning", "--log-config", quietLoggingConfig());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: BENCH_JWT_SECRET,
    FRONTEND_ORIGIN: "http://localhost:3000",
  };
  // One instance, in-process realtime hub, migrations already done: none of these apply.
  delete env.REDIS_URL;
  delete env.DIRECT_DATABASE_URL;
  const child = spawn(python, args, {
    cwd: apiDir,
    env,
    // Its own process group, so that stopping reaches anything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));

  const stop = async (): Promise<void> => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return; // already gone
    }
    await Promise.race([exited, sleep(10_000)]);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // stopped in time
    }
  };
  try {
    await waitUntilLive(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
