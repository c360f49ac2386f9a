// make bench-gigs: how fast is GET /gigs on 100,000 gigs, and what does the API add to every request?
//
// Runs inside `scripts/with-db.ts test` (DATABASE_URL = a throwaway server). On that server it creates a database
// of its own, migrates it, loads 100,000 generated gigs with SQL and ANALYZEs them, starts one uvicorn process of
// the API, and measures at 10 connections for BENCH_SECONDS (default 20) each:
//   - two ceilings on this machine in this run: /health/live of a bare FastAPI app with that one route
//     (api/bench/bare_app.py, same uvicorn settings), and the API's own /health/live;
//   - each query class of GET /gigs, as a visitor;
//   - two authenticated reads, GET /users/me and GET /orders/my, as a signed-in freelancer;
// with the API process's CPU time per request for each. Then it EXPLAINs the statements the API really runs for
// each class (`python -m app.gigs.explain`). Prints one JSON document on stdout (progress goes to stderr), each
// figure next to its target (issue targets, 2 cores): every class p95 ≤ 20 ms, newest first ≥ 700 req/s,
// relevance ≥ 400 req/s; /health/live ≥ 80% of the bare app's; an authenticated read ≥ 35% of the API's
// ceiling and ≤ 1 ms of CPU more than /health/live (auth + session). Targets are reported, not enforced; exits 1
// when a plan reads the gigs table sequentially or a request failed.
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import pg from "pg";
import { apiDir } from "../lib/paths.ts";
import { dropDatabase } from "../lib/databases.ts";
import { accessToken } from "../lib/access-token.ts";
import { BENCH_JWT_SECRET, prepareBenchDatabase, startApi, uvCommand, type ApiServer } from "./api-server.ts";
import { cpuSeconds } from "./realtime-stack.ts";
import { COMMON_WORD, loadGigs, RARE_WORD } from "./gigs-data.ts";
import { measure, type LoadResult } from "./load-test.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const GIGS = Number(process.env.BENCH_GIGS ?? 100_000);
const FREELANCERS = 5_000;
const CONNECTIONS = 10;
const DEEP_PAGES = 50;
const TARGETS = {
  p95_ms: 20,
  newest_rps: 700,
  relevance_rps: 400,
  live_ratio_to_bare: 0.8,
  authenticated_ratio_to_ceiling: 0.35,
  auth_session_cpu_ms: 1,
};
// The classes answered by relevance (words in q, no other sort), held to TARGETS.relevance_rps.
const RELEVANCE_CLASSES = new Set(["selective_q", "non_selective_q", "typo_q", "tag_q"]);
// Its own name per checkout when several benches share one server.
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "devmarket_bench_gigs";

const run = promisify(execFile);
const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
type Query = Record<string, string>;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function describeData(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT count(*) AS gigs, count(*) FILTER (WHERE is_active) AS active_gigs,
              (SELECT count(*) FROM users) AS freelancers,
              count(*) FILTER (WHERE search_vector @@ to_tsquery('english', $1)) AS common_word_gigs,
              count(*) FILTER (WHERE search_vector @@ to_tsquery('english', $2)) AS rare_word_gigs,
              pg_size_pretty(pg_total_relation_size('gigs')) AS gigs_size
       FROM gigs`,
      [COMMON_WORD, RARE_WORD],
    );
    const row = rows[0]!;
    return Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, key.endsWith("size") ? value : Number(value)]),
    );
  } finally {
    await client.end();
  }
}

interface Page {
  items: unknown[];
  next_cursor: string | null;
}

async function getPage(baseUrl: string, query: Query): Promise<Page> {
  const response = await fetch(`${baseUrl}/gigs?${new URLSearchParams(query).toString()}`);
  if (!response.ok) throw new Error(`GET /gigs?${new URLSearchParams(query).toString()}: ${response.status}`);
  return (await response.json()) as Page;
}

/** The cursor a visitor holds after paging through `pages` pages of the default listing. */
async function deepCursor(baseUrl: string, pages: number): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < pages; page += 1) {
    cursor = (await getPage(baseUrl, cursor ? { cursor } : {})).next_cursor;
    if (!cursor) throw new Error(`the listing ended after ${page + 1} pages`);
  }
  return cursor!;
}

async function explain(url: string, classes: Record<string, Query>) {
  const [uv, ...uvArgs] = uvCommand();
  const { stdout } = await run(uv, [...uvArgs, "run", "python", "-m", "app.gigs.explain", JSON.stringify(classes)], {
    cwd: apiDir,
    env: { ...process.env, APP_ENV: "test", DATABASE_URL: url },
    maxBuffer: 64 * 1024 * 1024,
  });
  type Explained = { execution_ms: number; sequential_scans: string[]; scans: string[] };
  return JSON.parse(stdout) as Record<string, Explained[]>;
}

interface Measured extends LoadResult {
  api_cpu_ms_per_request: number;
}

/** One load test, with the CPU time the measured process spent per request while it ran. */
async function measured(
  server: ApiServer,
  path: string,
  options: { connections: number; seconds: number; warmupSeconds: number; headers?: Record<string, string> },
): Promise<Measured> {
  const url = `${server.baseUrl}${path}`;
  if (options.warmupSeconds > 0) await measure(url, { ...options, seconds: options.warmupSeconds, warmupSeconds: 0 });
  const before = cpuSeconds(server.pid);
  const result = await measure(url, { ...options, warmupSeconds: 0 });
  const cpuMs = ((cpuSeconds(server.pid) - before) * 1000) / Math.max(1, result.requests);
  return { ...result, api_cpu_ms_per_request: Number(cpuMs.toFixed(2)) };
}

/** A freelancer of the bench data who has also ordered 20 gigs, signed in: the cookie the web app would send. */
async function signedInCookie(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; email: string }>(
      "SELECT id::text AS id, email FROM users WHERE NOT is_banned ORDER BY email LIMIT 1",
    );
    const user = rows[0]!;
    // A first page of /orders/my to read, not an empty one.
    await client.query(
      `INSERT INTO orders (gig_id, client_id, freelancer_id, status, payment_status, price, delivery_days, gig_title,
                           reference_code)
       SELECT id, $1, freelancer_id, 'PENDING_PAYMENT', 'UNPAID', price, delivery_days, title,
              'BENCH' || lpad(n::text, 6, '0')
       FROM (SELECT *, row_number() OVER () AS n FROM gigs WHERE is_active AND freelancer_id <> $1 LIMIT 20) AS picked`,
      [user.id],
    );
    return `access_token=${accessToken(user, BENCH_JWT_SECRET)}`;
  } finally {
    await client.end();
  }
}

const ratio = (value: number, of: number): number => Number((value / of).toFixed(3));

/** Measures the ceilings, every class and the authenticated reads; prints the report, returns the exit code. */
async function benchmark(api: ApiServer, bare: ApiServer, databaseUrl: string): Promise<number> {
  // Other work on the machine skews every figure: the load average before and after says how much there was.
  const loadBefore = os.loadavg();
  const baseUrl = api.baseUrl;
  const cursor = await timed(`walk ${DEEP_PAGES} pages for a deep cursor`, () => deepCursor(baseUrl, DEEP_PAGES));
  const classes: Record<string, Query> = {
    no_q: {},
    selective_q: { q: RARE_WORD },
    non_selective_q: { q: COMMON_WORD },
    // A typo in one of two title words: no exact match, so the fuzzy tier ranks the candidates.
    typo_q: { q: "logo desing" },
    price_filter: { min_price: "100", max_price: "200" },
    deep_cursor: { cursor },
    // Discovery (DESIGN §14): a leaf category, a top category (its six leaves), a skill, a skill with words.
    category: { category: "backend-apis" },
    parent_category: { category: "development" },
    tag: { tag: "react" },
    tag_q: { tag: "react", q: COMMON_WORD },
    popular: { sort: "popular" },
  };
  for (const [name, query] of Object.entries(classes)) {
    if ((await getPage(baseUrl, query)).items.length === 0) throw new Error(`${name} finds no gigs`);
  }
  const options = { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: Math.min(3, SECONDS / 4) };
  const bareCeiling = await timed("ceiling: bare FastAPI /health/live", () => measured(bare, "/health/live", options));
  const ceiling = await timed("ceiling: API /health/live", () => measured(api, "/health/live", options));
  const results: Record<string, Measured> = {};
  for (const [name, query] of Object.entries(classes)) {
    const path = `/gigs?${new URLSearchParams(query).toString()}`;
    results[name] = await timed(`class ${name}`, () => measured(api, path, options));
  }
  const headers = { cookie: await signedInCookie(databaseUrl) };
  const authenticated: Record<string, Measured> = {};
  for (const path of ["/users/me", "/orders/my"]) {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path} as a signed-in user: ${response.status}`);
    authenticated[path] = await timed(`signed in: ${path}`, () => measured(api, path, { ...options, headers }));
  }
  const plans = await timed("EXPLAIN each class", () => explain(databaseUrl, classes));

  const report = Object.fromEntries(
    Object.entries(results).map(([name, result]) => {
      const rpsTarget =
        name === "no_q" ? TARGETS.newest_rps : RELEVANCE_CLASSES.has(name) ? TARGETS.relevance_rps : null;
      return [
        name,
        {
          query: name === "deep_cursor" ? { cursor: `<after ${DEEP_PAGES} pages>` } : classes[name],
          ...result,
          ratio_to_ceiling: ratio(result.requests_per_second, ceiling.requests_per_second),
          targets: { p95_ms: TARGETS.p95_ms, ...(rpsTarget ? { requests_per_second: rpsTarget } : {}) },
          meets_targets: result.p95_ms <= TARGETS.p95_ms && (!rpsTarget || result.requests_per_second >= rpsTarget),
          explain: (plans[name] ?? []).map(({ execution_ms, sequential_scans, scans }) => ({
            execution_ms,
            sequential_scans,
            scans,
          })),
        },
      ];
    }),
  );
  const signedIn = Object.fromEntries(
    Object.entries(authenticated).map(([path, result]) => {
      const toCeiling = ratio(result.requests_per_second, ceiling.requests_per_second);
      // What signing in and a session add over /health/live (and the route's own query, so an upper bound).
      const authCpu = Number((result.api_cpu_ms_per_request - ceiling.api_cpu_ms_per_request).toFixed(2));
      return [
        path,
        {
          ...result,
          ratio_to_ceiling: toCeiling,
          cpu_ms_over_live: authCpu,
          targets: {
            ratio_to_ceiling: TARGETS.authenticated_ratio_to_ceiling,
            cpu_ms_over_live: TARGETS.auth_session_cpu_ms,
          },
          meets_targets: toCeiling >= TARGETS.authenticated_ratio_to_ceiling && authCpu <= TARGETS.auth_session_cpu_ms,
        },
      ];
    }),
  );
  const liveRatio = ratio(ceiling.requests_per_second, bareCeiling.requests_per_second);
  const seqScans = Object.entries(plans).flatMap(([name, statements]) =>
    statements.some((statement) => statement.sequential_scans.includes("gigs")) ? [name] : [],
  );
  const failures = [bareCeiling, ceiling, ...Object.values(results), ...Object.values(authenticated)].reduce(
    (sum, result) => sum + result.failures,
    0,
  );
  const output = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
      load_average_1m: { before: Number(loadBefore[0]!.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
    },
    dataset: await describeData(databaseUrl),
    settings: { connections: CONNECTIONS, seconds: SECONDS, api_processes: 1, targets: TARGETS },
    ceilings: {
      bare_fastapi: { path: "/health/live", app: "api/bench/bare_app.py", ...bareCeiling },
      api: {
        path: "/health/live",
        ...ceiling,
        ratio_to_bare: liveRatio,
        target_ratio_to_bare: TARGETS.live_ratio_to_bare,
        meets_target: liveRatio >= TARGETS.live_ratio_to_bare,
      },
    },
    classes: report,
    authenticated: signedIn,
    all_targets_met:
      liveRatio >= TARGETS.live_ratio_to_bare &&
      Object.values(report).every((entry) => entry.meets_targets) &&
      Object.values(signedIn).every((entry) => entry.meets_targets),
    seq_scans_on_gigs: seqScans,
    request_failures: failures,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  if (seqScans.length > 0) log(`FAIL: sequential scan of gigs in ${seqScans.join(", ")}`);
  if (failures > 0) log(`FAIL: ${failures} requests failed`);
  return seqScans.length > 0 || failures > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `make bench-gigs`");
  const url = await timed("create and migrate the bench database", () =>
    prepareBenchDatabase(serverUrl, BENCH_DATABASE),
  );
  try {
    await timed(`load ${GIGS} gigs from ${FREELANCERS} freelancers and ANALYZE`, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await loadGigs(client, { gigs: GIGS, freelancers: FREELANCERS }).finally(() => client.end());
    });
    const api = await startApi(url);
    const bare = await startApi(url, "bench.bare_app:app").catch(async (error: unknown) => {
      await api.stop();
      throw error;
    });
    try {
      return await benchmark(api, bare, url);
    } finally {
      await Promise.all([api.stop(), bare.stop()]);
    }
  } finally {
    if (process.env.BENCH_KEEP_DB === "1") log(`kept ${url}`);
    else await dropDatabase(serverUrl, BENCH_DATABASE);
  }
}

process.exitCode = await main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
