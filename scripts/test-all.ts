// `make test` after `make install`: every part of the suite (each one a `make` target that also works alone), two
// lanes at a time where two cores allow, then the end-to-end runs one after the other, and a summary of every
// part's time and result at the end.
//
// Phase 1, two lanes side by side (each part mostly keeps one core busy; the lanes take about as long):
//   lint → check-openapi → test-api
//   test-pgbouncer → test-schemathesis → test-db-restart → test-web
// Phase 2, alone: test-e2e → test-e2e-prod (a `next build` each, then a browser against timing-sensitive pages:
// they get both cores to themselves).
//
// Databases: one embedded test cluster for the whole run (scripts/db.ts, profile "test"), or the server of
// TEST_DATABASE_URL; every part that needs a database gets a fresh one of its own on it (`devmarket_test_api`,
// `…_pgbouncer`, …), passed to the target as TEST_DATABASE_URL, so parts running at once never share or wipe each
// other's data. test-db-restart brings its own cluster (profile "restart-check"); the e2e runs have their own ports.
//
// Output: each part's output goes to .data/test-logs/<part>.log and is printed in one block when the part ends, so
// lanes never interleave in a CI log; TEST_OUTPUT=live prints it as it comes instead, each line prefixed with the
// part. A failing part does not stop the others; the run then exits 1, and the end of its output is printed again
// below the summary. TEST_SERIAL=1 runs every part one after the other (to compare, or to rule out contention);
// TEST_PARTS=a,b runs only those parts.
import fs from "node:fs";
import path from "node:path";
import { start } from "./db.ts";
import { dropDatabase, recreateDatabase } from "./lib/databases.ts";
import { bold, paint, prefixedLogger, type Color } from "./lib/log.ts";
import { repoRoot, stateDir } from "./lib/paths.ts";
import { runToCompletion, supervise } from "./lib/processes.ts";
import { exitCodeForSignal } from "./lib/signals.ts";

interface Part {
  /** The make target. */
  name: string;
  /** Whether it runs in `with-db.ts test` and so needs a database of its own. */
  database: boolean;
}

interface Result {
  part: Part;
  /** "1a", "1b": phase 1's two lanes; "2": phase 2. */
  lane: string;
  seconds: number;
  exitCode: number;
  logFile: string;
}

const part = (name: string, database = true): Part => ({ name, database });
const lint = part("lint", false);
const checkOpenapi = part("check-openapi", false);
const api = part("test-api");
const pgbouncer = part("test-pgbouncer");
const web = part("test-web");
const schemathesis = part("test-schemathesis");
const dbRestart = part("test-db-restart", false);
const e2e = part("test-e2e");
const e2eProd = part("test-e2e-prod");

/** Phases run one after another; the lanes of a phase run side by side, each lane's parts one after another. */
const allPhases: Part[][][] = process.env.TEST_SERIAL
  ? [[[lint, checkOpenapi, api, schemathesis, pgbouncer, dbRestart, web, e2e, e2eProd]]]
  : [
      [
        [lint, checkOpenapi, api],
        [pgbouncer, schemathesis, dbRestart, web],
      ],
      [[e2e, e2eProd]],
    ];

// TEST_PARTS=lint,test-api: only these parts, in their usual lanes (while working on the runner or a lane).
const only = process.env.TEST_PARTS?.split(",").map((name) => name.trim());
const phases = allPhases.map((lanes) => lanes.map((lane) => lane.filter((p) => !only || only.includes(p.name))));
const live = process.env.TEST_OUTPUT === "live";
const logDir = path.join(stateDir, "test-logs");
const log = prefixedLogger("test", "magenta");
const laneColors: Color[] = ["cyan", "yellow"];
const startedAt = Date.now();
const results: Result[] = [];

let interrupted = false;
const supervisor = supervise(log, {
  exitCodeOnSignal: (signal) => {
    interrupted = true;
    return exitCodeForSignal(signal);
  },
});

/** The environment of a part: ours, minus make's own variables (this is not a sub-make sharing a jobserver). */
function partEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"]) delete env[name];
  return env;
}

/** `devmarket_test` + `_api` for test-api: a database name beside the server URL's own. */
function databaseNameFor(serverUrl: string, target: Part): string {
  const base = decodeURIComponent(new URL(serverUrl).pathname.slice(1)) || "devmarket_test";
  return `${base}_${target.name.replace(/^test-/, "").replaceAll("-", "_")}`;
}

function relative(file: string): string {
  return path.relative(repoRoot, file);
}

function printBlock(result: Result, lines: string[], color: Color): void {
  const passed = result.exitCode === 0;
  const status = passed ? paint("green", "passed") : paint("red", `FAILED (exit code ${result.exitCode})`);
  const title = `${result.part.name}: ${status} in ${result.seconds.toFixed(1)} s (${relative(result.logFile)})`;
  const rule = paint(color, "─".repeat(8));
  const body = live ? [] : [...lines, ""];
  process.stdout.write([`${rule} ${result.part.name}`, ...body, `${rule} ${bold(title)}`, ""].join("\n") + "\n");
}

async function runPart(target: Part, lane: string, serverUrl: string, color: Color): Promise<Result> {
  const logFile = path.join(logDir, `${target.name}.log`);
  const output = fs.createWriteStream(logFile);
  const lines: string[] = [];
  const began = Date.now();
  const env = partEnvironment();
  let database: string | undefined;
  let exitCode: number;
  log.info(`${target.name} started`);
  try {
    if (target.database) {
      database = databaseNameFor(serverUrl, target);
      env.TEST_DATABASE_URL = await recreateDatabase(serverUrl, database);
    }
    // `install` and `install-app` have run once, before this script: each part skips them.
    const args = ["--no-print-directory", "-o", "install", "-o", "install-app", target.name];
    exitCode = await runToCompletion("make", args, {
      cwd: repoRoot,
      env,
      tag: target.name,
      color,
      echo: live,
      onLine: (line) => {
        output.write(`${line}\n`);
        lines.push(line);
      },
    });
  } catch (error) {
    const message = `could not run ${target.name}: ${error instanceof Error ? error.message : String(error)}`;
    output.write(`${message}\n`);
    lines.push(message);
    exitCode = 1;
  }
  await new Promise((resolve) => output.end(resolve));
  if (exitCode === 0 && database !== undefined) await dropDatabase(serverUrl, database).catch(() => undefined);
  const result = { part: target, lane, seconds: (Date.now() - began) / 1000, exitCode, logFile };
  if (!supervisor.stopping) printBlock(result, lines, color);
  return result;
}

async function runLane(lane: Part[], label: string, serverUrl: string, color: Color): Promise<void> {
  for (const target of lane) {
    if (supervisor.stopping) return;
    results.push(await runPart(target, label, serverUrl, color));
  }
}

/** Where a part comes in the plan: the summary lists parts in that order, not in the order they finished. */
function planOrder(result: Result): number {
  return phases.flat(2).indexOf(result.part);
}

function printSummary(): void {
  const wall = (Date.now() - startedAt) / 1000;
  const sum = results.reduce((total, result) => total + result.seconds, 0);
  const width = Math.max(...results.map((result) => result.part.name.length), 4);
  const rows = [...results]
    .sort((a, b) => planOrder(a) - planOrder(b))
    .map(({ part: { name }, lane, seconds, exitCode }) => {
      const failure = interrupted ? "stopped (interrupted)" : `FAIL (exit code ${exitCode})`;
      const outcome = exitCode === 0 ? paint("green", "pass") : paint("red", failure);
      return `  ${name.padEnd(width)}  ${lane.padEnd(4)}  ${seconds.toFixed(1).padStart(7)}  ${outcome}`;
    });
  // Parts stopped by Ctrl-C or SIGTERM did not fail: their output is in their logs, not repeated here.
  const failed = interrupted ? [] : results.filter((result) => result.exitCode !== 0);
  for (const result of failed) {
    const tail = fs.readFileSync(result.logFile, "utf8").trimEnd().split("\n").slice(-60);
    process.stdout.write(
      [paint("red", `── ${result.part.name} failed; the end of its output (all of it: ${relative(result.logFile)}):`)]
        .concat(tail, "")
        .join("\n") + "\n",
    );
  }
  process.stdout.write(
    [
      "",
      bold(`make test: ${results.length} part${results.length === 1 ? "" : "s"}`),
      `  ${"part".padEnd(width)}  lane  ${"seconds".padStart(7)}  result`,
      ...rows,
      `  wall time ${wall.toFixed(1)} s; the parts add up to ${sum.toFixed(1)} s`,
      interrupted
        ? paint("red", bold("  interrupted: the parts not listed did not run"))
        : failed.length === 0
          ? paint("green", bold("  all parts passed"))
          : paint("red", bold(`  FAILED: ${failed.map((result) => result.part.name).join(", ")}`)),
      "",
    ].join("\n") + "\n",
  );
}

async function main(): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  let serverUrl = process.env.TEST_DATABASE_URL || undefined;
  if (serverUrl === undefined) {
    const cluster = await start("test", { log: prefixedLogger("db", "blue") });
    supervisor.afterChildren(() => cluster.stop());
    serverUrl = cluster.url;
  } else {
    log.info("TEST_DATABASE_URL is set: each part gets a database of its own on that server");
  }
  supervisor.afterChildren(async () => printSummary());
  for (const [phase, lanes] of phases.entries()) {
    await Promise.all(
      lanes.map((lane, index) => {
        const label = `${phase + 1}${lanes.length > 1 ? String.fromCharCode(97 + index) : ""}`;
        return runLane(lane, label, serverUrl, laneColors[index % laneColors.length]!);
      }),
    );
  }
  await supervisor.shutdown(results.some((result) => result.exitCode !== 0) ? 1 : 0);
}

supervisor.run(main);
