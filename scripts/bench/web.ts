// make bench-web: how fast do the home page, /gigs and one gig's page load on a phone?
//
// Runs inside `scripts/with-db.ts test` (DATABASE_URL = a throwaway server). On that server it creates a database
// of its own, migrates it and seeds the demo marketplace (`python -m app.seed`: accounts, gigs with cover images,
// orders, reviews; the images in a temporary FILES_DIR), starts one uvicorn process of the API, builds the web app
// for production (`next build` into web/.next-bench, API_URL baked in as the rewrites need) and serves it with
// `next start`. Then Lighthouse (the npm package, driving Debian's Chromium; mobile form factor, simulated
// throttling, performance category only) loads `/`, `/gigs` and `/gigs/{id}` BENCH_WEB_RUNS times each (3), one
// run at a time, and the medians are reported. Prints one JSON document on stdout (progress goes to stderr);
// exits 1 only when it could not run. Targets: score ≥ 90, LCP ≤ 2.5 s, CLS ≤ 0.1 — reported, not enforced.
// BENCH_WEB_REPORTS=<dir> keeps every run's full Lighthouse report (JSON) there.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { dropDatabase } from "../lib/databases.ts";
import { apiDir, webDir } from "../lib/paths.ts";
import { freePort, waitForHttp } from "../lib/ports.ts";
import { runStep, startChild, stopChild, type RunningChild } from "../lib/processes.ts";
import { testEnvironment } from "../test-env.ts";
import { prepareBenchDatabase, startApi, uvCommand } from "./api-server.ts";
import { launchChromium, lighthouseRun, type PageRun } from "./web-lighthouse.ts";

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const TARGETS = { performance_score: 90, lcp_ms: 2500, cls: 0.1 };
// Its own name per checkout when several benches share one server.
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "devmarket_bench_web";
// A build directory of its own: the developer's .next and the e2e run's build stay as they are.
const DIST_DIR = ".next-bench";
const REPORTS_DIR = process.env.BENCH_WEB_REPORTS;

const run = promisify(execFile);
const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function seed(databaseUrl: string, filesDir: string): Promise<void> {
  const [uv, ...uvArgs] = uvCommand();
  await run(uv, [...uvArgs, "run", "python", "-m", "app.seed"], {
    cwd: apiDir,
    env: { ...process.env, APP_ENV: "test", DATABASE_URL: databaseUrl, FILES_DIR: filesDir },
  });
}

interface ListedGig {
  id: string;
  images: unknown[];
}

/** The newest gig with images: the page a visitor most likely opens from the listing. */
async function pickGig(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/gigs`);
  if (!response.ok) throw new Error(`GET /gigs: ${response.status}`);
  const { items } = (await response.json()) as { items: ListedGig[] };
  const gig = items.find((item) => item.images.length > 0) ?? items[0];
  if (!gig) throw new Error("the seeded marketplace lists no gigs");
  return gig.id;
}

/** The web app's environment: the test secrets, this run's ports, the bench database (Better Auth reads it). */
function webEnvironment(webUrl: string, apiUrl: string, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...testEnvironment,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    JWT_SECRET: process.env.JWT_SECRET,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: webUrl,
    FRONTEND_ORIGIN: webUrl,
    API_URL: apiUrl,
  };
}

async function startWeb(env: NodeJS.ProcessEnv, port: number): Promise<RunningChild> {
  // Their output goes to stderr with the progress: stdout holds the report alone.
  const onLine = (line: string): void => log(`web: ${line}`);
  const toStderr = { cwd: webDir, env, tag: "web", color: "cyan" as const, echo: false, onLine };
  await timed("next build", () => runStep("npm", ["run", "build"], toStderr));
  const web = startChild("npm", ["run", "start", "--", "-p", String(port)], toStderr);
  let exited = false;
  void web.exited.then(() => (exited = true));
  if (!(await waitForHttp(`http://localhost:${port}/`, () => exited))) {
    throw new Error("next start exited before it served /");
  }
  return web;
}

/**
 * Lighthouse 12.2 (pinned: it runs on Node 20) now and then fails to read the trace of a newer Chromium
 * (NO_NAVSTART): such a run is repeated, up to twice.
 */
async function withRetries<T>(work: () => Promise<T>, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= retries) throw error;
      log(`${error instanceof Error ? error.message : String(error)}: running it again`);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The medians of each figure over the runs, and whether they meet the targets. */
function summarise(runs: PageRun[]) {
  const of = (pick: (run: PageRun) => number) => median(runs.map(pick));
  const summary = {
    performance_score: of((r) => r.performance_score),
    lcp_ms: Math.round(of((r) => r.lcp_ms)),
    cls: Number(of((r) => r.cls).toFixed(3)),
    tbt_ms: Math.round(of((r) => r.tbt_ms)),
    fcp_ms: Math.round(of((r) => r.fcp_ms)),
    speed_index_ms: Math.round(of((r) => r.speed_index_ms)),
    js_transfer_bytes: Math.round(of((r) => r.js_transfer_bytes)),
    js_requests: Math.round(of((r) => r.js_requests)),
    total_transfer_bytes: Math.round(of((r) => r.total_transfer_bytes)),
    lcp_element: runs[0]?.lcp_element ?? null,
  };
  return {
    ...summary,
    meets_targets:
      summary.performance_score >= TARGETS.performance_score &&
      summary.lcp_ms <= TARGETS.lcp_ms &&
      summary.cls <= TARGETS.cls,
    scores: runs.map((r) => r.performance_score),
    // What Lighthouse says would save the most, from the median-scoring run.
    opportunities: [...runs].sort((a, b) => a.performance_score - b.performance_score)[Math.floor(runs.length / 2)]!
      .opportunities,
  };
}

async function benchmark(webUrl: string, gigId: string) {
  const pages = { home: "/", gigs: "/gigs", gig: `/gigs/${gigId}` };
  // The first request of each page after start-up warms caches Lighthouse should not be charged for.
  for (const pathname of Object.values(pages)) await fetch(`${webUrl}${pathname}`);
  if (REPORTS_DIR) fs.mkdirSync(REPORTS_DIR, { recursive: true });
  const chromium = await launchChromium();
  try {
    const report: Record<string, unknown> = {};
    for (const [name, pathname] of Object.entries(pages)) {
      const runs: PageRun[] = [];
      for (let index = 0; index < RUNS; index += 1) {
        const result = await withRetries(() => lighthouseRun(`${webUrl}${pathname}`, chromium.port));
        if (REPORTS_DIR) fs.writeFileSync(path.join(REPORTS_DIR, `${name}-${index + 1}.json`), result.json);
        log(`${pathname} run ${index + 1}/${RUNS}: score ${result.run.performance_score}, LCP ${result.run.lcp_ms} ms`);
        runs.push(result.run);
      }
      report[name] = { path: pathname, ...summarise(runs) };
    }
    return report;
  } finally {
    await chromium.stop();
  }
}

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `make bench-web`");
  // One secret for the seed, the API and the web app (with-db.ts sets it; a bare run takes the tests' one).
  process.env.JWT_SECRET ||= testEnvironment.JWT_SECRET;
  const loadBefore = os.loadavg();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-files-"));
  const url = await timed("create and migrate the bench database", () =>
    prepareBenchDatabase(serverUrl, BENCH_DATABASE),
  );
  let web: RunningChild | undefined;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  try {
    await timed("seed the demo marketplace", () => seed(url, filesDir));
    process.env.FILES_DIR = filesDir; // startApi passes our environment on
    api = await startApi(url);
    const gigId = await pickGig(api.baseUrl);
    const port = Number(process.env.BENCH_WEB_PORT || (await freePort()));
    const webUrl = `http://localhost:${port}`;
    web = await startWeb(webEnvironment(webUrl, api.baseUrl, url), port);
    const pages = await benchmark(webUrl, gigId);
    const output = {
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "unknown",
        node: process.version,
        load_average_1m: { before: Number(loadBefore[0]!.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
      },
      settings: {
        runs_per_page: RUNS,
        statistic: "median",
        lighthouse: (await import("lighthouse/package.json", { with: { type: "json" } })).default.version,
        form_factor: "mobile",
        throttling: "simulated (Lighthouse default: slow 4G, 4x CPU slowdown)",
        targets: TARGETS,
      },
      pages,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } finally {
    if (web) await stopChild(web);
    if (api) await api.stop();
    fs.rmSync(filesDir, { recursive: true, force: true });
    if (process.env.BENCH_KEEP_DB === "1") log(`kept ${url}`);
    else await dropDatabase(serverUrl, BENCH_DATABASE);
  }
}

process.exitCode = await main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
