// `make prod`: the production build, run on this machine the way Vercel and Render run it (docs/deploy.md).
//
// APP_ENV=production for both services: the Secure `__Host-access_token` cookie (Chromium accepts Secure cookies
// from http://localhost, a secure context), no /docs, JSON logs with request ids, weak secrets refused. `next build`
// then `next start`; uvicorn without reload, one worker (several with REDIS_URL set: API_WORKERS, default 2), proxy
// headers on, per-message deflate off, 64 KiB frames at most. The database is DATABASE_URL when set, otherwise an
// embedded PostgreSQL of its own (port 54340, data kept in .data/pg-prod), migrated and never seeded.
//
// Secrets come from the environment or .env; when neither has JWT_SECRET, .env is written with fresh random ones
// (as `make dev` does). Both services check the configuration before the build and refuse it with the variable's
// name. PROD_WEB_PORT / PROD_API_PORT (3000 / 8000) move it, e.g. for the end-to-end run beside other servers.
import { start, type Database } from "./db.ts";
import { isPortInUse, waitForHttp } from "./lib/ports.ts";
import { ensureDotEnv, environmentWithDotEnv } from "./env.ts";
import { installAppDependencies } from "./install/app-deps.ts";
import type { UvCommand } from "./install/uv.ts";
import { API_KEEP_ALIVE_FLAGS, API_WEBSOCKET_FLAGS } from "./lib/api-server-flags.ts";
import { bold, paint, prefixedLogger } from "./lib/log.ts";
import { apiDir, dotEnvPath, webDir } from "./lib/paths.ts";
import { runStep, startChild, supervise, type RunningChild } from "./lib/processes.ts";
import { checkProductionSettings } from "./prod/preflight.ts";

const WEB_PORT = Number(process.env.PROD_WEB_PORT ?? 3000);
const API_PORT = Number(process.env.PROD_API_PORT ?? 8000);
const log = prefixedLogger("prod", "magenta");
const startedAt = Date.now();
const supervisor = supervise(log);

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** uvicorn's worker count: several processes only deliver realtime events to every user through Redis. */
function apiWorkers(env: NodeJS.ProcessEnv): number {
  const hasRedis = Boolean(env.REDIS_URL);
  const workers = Number(env.API_WORKERS || (hasRedis ? 2 : 1));
  if (!Number.isInteger(workers) || workers < 1) throw new Error("API_WORKERS must be a positive whole number");
  if (workers > 1 && !hasRedis) {
    throw new Error(
      "API_WORKERS > 1 needs REDIS_URL: without Redis each worker only reaches its own sockets and tickets",
    );
  }
  return workers;
}

function productionEnvironment(): NodeJS.ProcessEnv {
  const webUrl = `http://localhost:${WEB_PORT}`;
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    ...environmentWithDotEnv(),
    APP_ENV: "production",
    // This run serves http://localhost:<port>: the public origin and the API's address follow the ports.
    BETTER_AUTH_URL: webUrl,
    FRONTEND_ORIGIN: webUrl,
    API_URL: `http://localhost:${API_PORT}`,
  };
}

async function startDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.DATABASE_URL) {
    log.info("DATABASE_URL is set: using it instead of the embedded PostgreSQL");
    return env.DATABASE_URL;
  }
  const database: Database = await start("prod", { log: prefixedLogger("db", "blue") });
  supervisor.afterChildren(() => database.stop());
  return database.url;
}

function startApi(uv: UvCommand, env: NodeJS.ProcessEnv, workers: number): RunningChild {
  const [uvFile, ...uvArgs] = uv;
  // The flags Render's start command uses too (render.yaml), bar the host and port.
  const uvicorn = [
    "uvicorn",
    "app.main:app",
    "--port",
    String(API_PORT),
    "--workers",
    String(workers),
    "--proxy-headers",
    ...API_WEBSOCKET_FLAGS,
    ...API_KEEP_ALIVE_FLAGS,
    "--timeout-graceful-shutdown",
    "10",
  ];
  return startChild(uvFile, [...uvArgs, "run", ...uvicorn], { cwd: apiDir, env, tag: "api", color: "green" });
}

function startWeb(env: NodeJS.ProcessEnv): RunningChild {
  return startChild("npm", ["run", "start", "--", "-p", String(WEB_PORT)], {
    cwd: webDir,
    env,
    tag: "web",
    color: "cyan",
  });
}

/** A production server never exits on its own: even with code 0 that stops the rest, as a failure. */
function stopWhenItExits(server: RunningChild): void {
  supervisor.stopAllWhenItExits(server, (code) => (code === 0 ? 1 : code));
}

function printBanner(webUrl: string, apiUrl: string, databaseUrl: string, workers: number): void {
  const rule = paint("green", "─".repeat(72));
  const lines = [
    "",
    rule,
    bold(`  DevMarket (production build) is serving — ready ${seconds(startedAt)} after \`make prod\``),
    "",
    `  Web app   ${paint("cyan", webUrl)}   (APP_ENV=production: __Host-access_token, Secure)`,
    `  API       ${paint("cyan", apiUrl)}   (${workers} worker${workers > 1 ? "s" : ""}; /docs is off)`,
    `  Database  ${databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")}`,
    "",
    "  No demo data: sign up; `make prod-admin EMAIL=...` makes an account an admin.",
    "  Ctrl-C stops everything.",
    rule,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

async function main(): Promise<void> {
  for (const port of [WEB_PORT, API_PORT]) {
    if (await isPortInUse(port)) throw new Error(`port ${port} is in use: stop what runs there first`);
  }
  const uv = await installAppDependencies({ lockedPython: false });
  if (!process.env.JWT_SECRET && ensureDotEnv()) log.info(`wrote ${dotEnvPath} with fresh random secrets`);
  const env = productionEnvironment();
  const workers = apiWorkers(env);
  // Any syntactically valid URL will do for the check: the database may not have started yet.
  await checkProductionSettings(uv, { ...env, DATABASE_URL: env.DATABASE_URL || "postgresql://check@localhost/db" });

  env.DATABASE_URL = await startDatabase(env);
  const [uvFile, ...uvArgs] = uv;
  await runStep(uvFile, [...uvArgs, "run", "alembic", "upgrade", "head"], {
    cwd: apiDir,
    env,
    tag: "api",
    color: "green",
  });
  const buildStartedAt = Date.now();
  // API_URL is read at build time (the /api/v1 rewrite), so every run builds with this run's ports.
  await runStep("npm", ["run", "build"], { cwd: webDir, env, tag: "web", color: "cyan" });
  log.info(`next build took ${seconds(buildStartedAt)}`);

  const webUrl = env.BETTER_AUTH_URL!;
  const apiUrl = env.API_URL!;
  // The API first: the web app's first pages and its /api/v1 rewrite need it (a second or two).
  stopWhenItExits(startApi(uv, env, workers));
  const apiReady = await waitForHttp(`${apiUrl}/health/live`, () => supervisor.stopping);
  stopWhenItExits(startWeb(env));
  const webReady = await waitForHttp(webUrl, () => supervisor.stopping);
  if (apiReady && webReady) printBanner(webUrl, apiUrl, env.DATABASE_URL, workers);
}

supervisor.run(main);
