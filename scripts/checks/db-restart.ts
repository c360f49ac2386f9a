// `make test-db-restart`: PostgreSQL restarts under a stream of writes through the running API, and
//   - every write the API acknowledged (201) is in the database afterwards: a 2xx means committed;
//   - while the database is down, requests fail fast with 503 and the API's "database is unavailable" message;
//   - the API serves 2xx again once the database is back, without being restarted (its pool drops dead connections).
// Two restarts: a clean one (fast shutdown) and a crash (immediate shutdown, crash recovery on start). The cluster
// is its own (profile "restart-check": port 54350, .data/pg-restart-check, PostgreSQL's default durability), never
// the system PostgreSQL nor the test cluster.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { start, type Database } from "../db.ts";
import { runningPostmaster } from "../db/postmaster.ts";
import { profileSettings } from "../db/profiles.ts";
import { ensureUv } from "../install/uv.ts";
import { accessToken } from "../lib/access-token.ts";
import { forEachLine, prefixedLogger } from "../lib/log.ts";
import { apiDir } from "../lib/paths.ts";
import { freePort } from "../lib/ports.ts";
import { exitCodeForSignal, onShutdownSignal } from "../lib/signals.ts";
import { testEnvironment } from "../test-env.ts";

const log = prefixedLogger("check", "magenta");
const WRITERS = 4;
const DOWN_MS = 1_500; // how long the database stays down each time
const STEADY_MS = 2_500; // writes before, between and after the restarts
const FAST_FAILURE_MS = 7_000; // connect timeout (5 s) plus slack for two busy cores
const RECOVERY_MS = 10_000; // from "database accepts connections" to the API's first 201
const DATABASE_UNAVAILABLE = "The database is unavailable right now";

interface Outcome {
  status: number; // 0: no HTTP answer (network error or client timeout)
  ms: number;
  at: number;
  gig?: { id: string; title: string };
  detail?: string;
}

async function createUsers(url: string, count: number): Promise<{ id: string; email: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = [];
    for (let i = 0; i < count; i++) {
      const email = `writer-${i}-${crypto.randomBytes(3).toString("hex")}@restart.test`;
      // Writers publish gigs, which needs payment instructions and a verified email address.
      const { rows } = await client.query<{ id: string }>(
        "INSERT INTO users (email, full_name, payment_instructions, email_verified) VALUES ($1, $2, $3, true) RETURNING id::text AS id",
        [email, `Writer ${i}`, "Bank transfer to IBAN XX00 0000"],
      );
      users.push({ id: rows[0]!.id, email });
    }
    return users;
  } finally {
    await client.end();
  }
}

function stopApi(api: ChildProcess): void {
  if (api.pid === undefined) return;
  try {
    process.kill(-api.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

function startApi(env: NodeJS.ProcessEnv, port: number, output: string[]): ChildProcess {
  const [uvFile, ...uvArgs] = ensureUv(log);
  const args = [...uvArgs, "run", "uvicorn", "app.main:app", "--port", String(port), "--log-level", "warning"];
  const child = spawn(uvFile, args, { cwd: apiDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  // Its own process group, which Ctrl-C does not reach: stop it on the way out (the cluster stops itself on exit).
  onShutdownSignal((signal) => {
    stopApi(child);
    // Exit now, with the signal's code: the check's writers and timers would otherwise keep the event loop
    // alive and go on writing to an API that is gone; the cluster's own exit hook stops PostgreSQL.
    process.exit(exitCodeForSignal(signal));
  });
  const keep = (line: string): void => {
    output.push(line);
    if (output.length > 200) output.shift();
  };
  forEachLine(child.stdout!, keep);
  forEachLine(child.stderr!, keep);
  return child;
}

async function waitForHealth(base: string, api: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
    const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
  }
  throw new Error("the API did not become healthy within 60 s");
}

/** One client: writes a gig after another until told to stop, recording every outcome. */
async function writer(base: string, cookie: string, index: number, stop: () => boolean, outcomes: Outcome[]) {
  for (let n = 0; !stop(); n++) {
    const title = `Restart check writer ${index} write ${n}`;
    const began = Date.now();
    const outcome: Outcome = { status: 0, ms: 0, at: began };
    try {
      const response = await fetch(`${base}/gigs`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          title,
          description: "A write sent while PostgreSQL restarts.",
          price: "10.00",
          delivery_days: 3,
          category: "web-apps",
        }),
        signal: AbortSignal.timeout(30_000),
      });
      outcome.status = response.status;
      const body = (await response.json().catch(() => ({}))) as { id?: string; title?: string; detail?: unknown };
      if (response.status === 201 && body.id) outcome.gig = { id: body.id, title: body.title ?? "" };
      if (typeof body.detail === "string") outcome.detail = body.detail;
    } catch (error) {
      outcome.detail = error instanceof Error ? error.message : String(error);
    }
    outcome.ms = Date.now() - began;
    outcomes.push(outcome);
    if (outcome.status !== 201) await sleep(100); // a failing client backs off a little, as browsers do
  }
}

async function restart(database: Database, mode: "fast" | "immediate"): Promise<{ down: number; up: number }> {
  const settings = profileSettings("restart-check");
  const pid = runningPostmaster(settings.dataDir);
  if (pid === undefined) throw new Error("the restart-check PostgreSQL is not running");
  const down = Date.now();
  if (mode === "fast") {
    await database.stop();
  } else {
    process.kill(pid, "SIGQUIT"); // immediate shutdown: no checkpoint, crash recovery on the next start
    while (runningPostmaster(settings.dataDir) !== undefined) await sleep(50);
  }
  log.info(`PostgreSQL stopped (${mode} shutdown); restarting in ${DOWN_MS / 1000} s`);
  await sleep(DOWN_MS);
  const again = await start("restart-check", { keepData: true, log });
  const up = Date.now();
  log.info(`PostgreSQL accepts connections again, ${((up - down) / 1000).toFixed(1)} s after the ${mode} shutdown`);
  Object.assign(database, again);
  return { down, up };
}

async function storedGigs(url: string, ids: string[]): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; title: string }>(
      "SELECT id::text AS id, title FROM gigs WHERE id = ANY($1::uuid[])",
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  } finally {
    await client.end();
  }
}

function summarize(outcomes: Outcome[]): string {
  const byStatus = new Map<number, number>();
  for (const outcome of outcomes) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
  return [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? "no answer" : status}: ${count}`)
    .join(", ");
}

async function main(): Promise<string[]> {
  const problems: string[] = [];
  const database = await start("restart-check", { log });
  const apiOutput: string[] = [];
  let api: ChildProcess | undefined;
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...testEnvironment, DATABASE_URL: database.url };
    const [uvFile, ...uvArgs] = ensureUv(log);
    await new Promise<void>((resolve, reject) => {
      const migrate = spawn(uvFile, [...uvArgs, "run", "alembic", "upgrade", "head"], {
        cwd: apiDir,
        env,
        stdio: "ignore",
      });
      migrate.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`migrations failed (${code})`))));
    });
    const users = await createUsers(database.url, WRITERS);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = startApi(env, port, apiOutput);
    await waitForHealth(base, api);
    log.info(`API on ${base}; ${WRITERS} writers start`);

    const outcomes: Outcome[] = [];
    let stopping = false;
    const writers = users.map((user, index) =>
      writer(base, `access_token=${accessToken(user, testEnvironment.JWT_SECRET)}`, index, () => stopping, outcomes),
    );
    const restarts: { down: number; up: number }[] = [];
    await sleep(STEADY_MS);
    restarts.push(await restart(database, "fast"));
    await sleep(STEADY_MS);
    restarts.push(await restart(database, "immediate"));
    await sleep(STEADY_MS);
    stopping = true;
    await Promise.all(writers);
    if (api.exitCode !== null) problems.push(`the API process exited (code ${api.exitCode}) during the check`);

    log.info(`${outcomes.length} writes: ${summarize(outcomes)}`);
    const acknowledged = outcomes.flatMap((outcome) => (outcome.gig ? [outcome.gig] : []));
    const stored = await storedGigs(
      database.url,
      acknowledged.map((gig) => gig.id),
    );
    const lost = acknowledged.filter((gig) => stored.get(gig.id) !== gig.title);
    log.info(
      `${acknowledged.length} acknowledged writes, ${acknowledged.length - lost.length} of them found in the database`,
    );
    if (lost.length > 0)
      problems.push(
        `${lost.length} acknowledged writes are missing: ${lost
          .slice(0, 5)
          .map((gig) => gig.id)
          .join(", ")}`,
      );

    const failures = outcomes.filter((outcome) => outcome.status !== 201);
    const unexpected = failures.filter(
      (outcome) => outcome.status !== 503 || !(outcome.detail ?? "").startsWith(DATABASE_UNAVAILABLE),
    );
    if (failures.length === 0)
      problems.push("no write failed: the database was never seen down, so nothing was checked");
    for (const outcome of unexpected.slice(0, 5)) {
      problems.push(
        `a write failed with ${outcome.status || "no answer"} (${outcome.detail ?? "no detail"}) instead of 503`,
      );
    }
    const slowest = Math.max(0, ...failures.map((outcome) => outcome.ms));
    log.info(`failed writes answered within ${slowest} ms at most`);
    if (slowest > FAST_FAILURE_MS) problems.push(`a failing write took ${slowest} ms: outages must fail fast`);

    for (const [index, { up }] of restarts.entries()) {
      const firstSuccess = outcomes.find((outcome) => outcome.status === 201 && outcome.at >= up);
      const after = firstSuccess === undefined ? undefined : firstSuccess.at + firstSuccess.ms - up;
      log.info(`restart ${index + 1}: first acknowledged write ${after ?? "never"} ms after PostgreSQL was back`);
      if (after === undefined || after > RECOVERY_MS)
        problems.push(`the API did not recover within ${RECOVERY_MS} ms of restart ${index + 1}`);
    }
    const health = await fetch(`${base}/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (health !== 200) problems.push(`GET /health answers ${health} after the restarts`);
  } finally {
    if (api !== undefined) stopApi(api);
    await database.stop();
  }
  if (problems.length > 0) log.error(`the API's last log lines:\n${apiOutput.slice(-40).join("\n")}`);
  return problems;
}

const problems = await main().catch((error: unknown) => [
  error instanceof Error ? (error.stack ?? error.message) : String(error),
]);
for (const problem of problems) log.error(problem);
if (problems.length === 0) log.info("passed: no acknowledged write was lost and the API recovered on its own");
process.exitCode = problems.length > 0 ? 1 : 0;
