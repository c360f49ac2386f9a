// make bench-gigs: how fast is GET /gigs on 100,000 gigs?
//
// Runs inside `scripts/with-db.ts test` (DATABASE_URL = a throwaway server). On that server it creates a database
// of its own, migrates it, loads 100,000 generated gigs with SQL and ANALYZEs them, starts one uvicorn process of
// the API, and measures each query class of GET /gigs at 10 connections for BENCH_SECONDS (default 20) — plus
// /health/live, the framework's ceiling on this machine in this run. Then it EXPLAINs the statements the API
// really runs for each class (`python -m app.gigs.explain`). Prints one JSON document on stdout (progress goes
// to stderr); exits 1 when a plan reads the gigs table sequentially or a request failed. Targets (2 cores):
// p95 ≤ 50 ms per class and ≥ 40% of the ceiling's requests per second — reported, not enforced.
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import pg from "pg";
import { apiDir } from "../lib/paths.ts";
import { dropDatabase } from "../lib/databases.ts";
import { prepareBenchDatabase, startApi, uvCommand } from "./api-server.ts";
import { COMMON_WORD, loadGigs, RARE_WORD } from "./gigs-data.ts";
import { measure, type LoadResult } from "./load-test.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const GIGS = Number(process.env.BENCH_GIGS ?? 100_000);
const FREELANCERS = 5_000;
const CONNECTIONS = 10;
const DEEP_PAGES = 50;
const TARGETS = { p95_ms: 50, ratio_to_ceiling: 0.4 };
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

/** Measures every class against the running API and builds the report; returns it with the exit code. */
async function benchmark(baseUrl: string, databaseUrl: string): Promise<number> {
  // Other work on the machine skews every figure: the load average before and after says how much there was.
  const loadBefore = os.loadavg();
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
  const ceiling = await timed("ceiling: /health/live", () => measure(`${baseUrl}/health/live`, options));
  const measured: Record<string, LoadResult> = {};
  for (const [name, query] of Object.entries(classes)) {
    const target = `${baseUrl}/gigs?${new URLSearchParams(query).toString()}`;
    measured[name] = await timed(`class ${name}`, () => measure(target, options));
  }
  const plans = await timed("EXPLAIN each class", () => explain(databaseUrl, classes));

  const report = Object.fromEntries(
    Object.entries(measured).map(([name, result]) => {
      const ratio = Number((result.requests_per_second / ceiling.requests_per_second).toFixed(3));
      return [
        name,
        {
          query: name === "deep_cursor" ? { cursor: `<after ${DEEP_PAGES} pages>` } : classes[name],
          ...result,
          ratio_to_ceiling: ratio,
          meets_targets: result.p95_ms <= TARGETS.p95_ms && ratio >= TARGETS.ratio_to_ceiling,
          explain: (plans[name] ?? []).map(({ execution_ms, sequential_scans, scans }) => ({
            execution_ms,
            sequential_scans,
            scans,
          })),
        },
      ];
    }),
  );
  const seqScans = Object.entries(plans).flatMap(([name, statements]) =>
    statements.some((statement) => statement.sequential_scans.includes("gigs")) ? [name] : [],
  );
  const failures = Object.values(measured).reduce((sum, result) => sum + result.failures, ceiling.failures);
  const output = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
      load_average_1m: { before: Number(loadBefore[0]!.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
    },
    dataset: await describeData(databaseUrl),
    settings: { connections: CONNECTIONS, seconds: SECONDS, api_processes: 1, targets: TARGETS },
    ceiling: { path: "/health/live", ...ceiling },
    classes: report,
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
    try {
      return await benchmark(api.baseUrl, url);
    } finally {
      await api.stop();
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
