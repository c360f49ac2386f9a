// `make dev`: the whole stack on one machine. Installs what is missing, writes .env, starts the embedded
// PostgreSQL (unless DATABASE_URL is set), migrates, seeds demo data, then runs FastAPI on :8000 and Next.js on
// :3000 with prefixed logs, and, unless SMTP_URL is set, maildev as the inbox every mail lands in (SMTP :1025, inbox
// :1080). Ctrl-C stops everything; a crashing server stops the rest with its exit code.
import { start, type Database } from "./db.ts";
import { printBanner } from "./dev/banner.ts";
import { isPortInUse, waitForHttp } from "./lib/ports.ts";
import { ensureDotEnv, environmentWithDotEnv } from "./env.ts";
import { installAppDependencies } from "./install/app-deps.ts";
import type { UvCommand } from "./install/uv.ts";
import { API_KEEP_ALIVE_FLAGS, API_WEBSOCKET_FLAGS } from "./lib/api-server-flags.ts";
import { prefixedLogger } from "./lib/log.ts";
import { MAILDEV_BIN, maildevArgs } from "./lib/maildev.ts";
import { apiDir, dotEnvPath, repoRoot, webDir } from "./lib/paths.ts";
import { runStep, startChild, supervise, type RunningChild } from "./lib/processes.ts";

const WEB_PORT = 3000;
const API_PORT = 8000;
const MAIL_SMTP_PORT = 1025;
const MAIL_INBOX_PORT = 1080;
const log = prefixedLogger("dev", "magenta");
// Stopping on request (Ctrl-C, SIGTERM) is the normal way out of `make dev`, not a failure: exit code 0.
const supervisor = supervise(log);

async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    if (await isPortInUse(port)) {
      throw new Error(`port ${port} is in use: is another \`make dev\` running? Stop it first.`);
    }
  }
}

async function startDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.DATABASE_URL) {
    log.info("DATABASE_URL is set: using it instead of the embedded PostgreSQL");
    return env.DATABASE_URL;
  }
  const dbLog = prefixedLogger("db", "blue");
  const database: Database = await start("dev", { log: dbLog, onServerLog: (line) => dbLog.info(line) });
  // The servers first, then the database they use.
  supervisor.afterChildren(() => database.stop());
  return database.url;
}

/** The embedded inbox (DESIGN §11) when no real SMTP server is configured; returns the inbox's address. */
function startMailCatcher(env: NodeJS.ProcessEnv): string | null {
  if (env.SMTP_URL) {
    log.info("SMTP_URL is set: mail goes to that server instead of the embedded inbox");
    return null;
  }
  const maildev = startChild(MAILDEV_BIN, maildevArgs({ smtpPort: MAIL_SMTP_PORT, webPort: MAIL_INBOX_PORT }), {
    cwd: repoRoot,
    env,
    tag: "mail",
    color: "yellow",
  });
  supervisor.stopAllWhenItExits(maildev);
  env.SMTP_URL = `smtp://127.0.0.1:${MAIL_SMTP_PORT}`;
  return `http://localhost:${MAIL_INBOX_PORT}`;
}

async function prepareDatabase(uv: UvCommand, env: NodeJS.ProcessEnv): Promise<string[]> {
  const [uvFile, ...uvArgs] = uv;
  const options = { cwd: apiDir, env, tag: "api", color: "green" } as const;
  await runStep(uvFile, [...uvArgs, "run", "alembic", "upgrade", "head"], options);
  const seedOutput: string[] = [];
  await runStep(uvFile, [...uvArgs, "run", "python", "-m", "app.seed"], {
    ...options,
    onLine: (line) => seedOutput.push(line),
  });
  return seedOutput;
}

function startServers(uv: UvCommand, env: NodeJS.ProcessEnv): RunningChild[] {
  const [uvFile, ...uvArgs] = uv;
  // Reload on application code only: editing a test or a migration should not restart the server.
  const uvicorn = [
    "uvicorn",
    "app.main:app",
    "--reload",
    "--reload-dir",
    "app",
    "--port",
    String(API_PORT),
    ...API_WEBSOCKET_FLAGS,
    ...API_KEEP_ALIVE_FLAGS,
  ];
  // Keep colours in piped output when we print to a terminal.
  const color = process.stdout.isTTY ? { FORCE_COLOR: "1" } : {};
  return [
    startChild(uvFile, [...uvArgs, "run", ...uvicorn], { cwd: apiDir, env, tag: "api", color: "green" }),
    startChild("npm", ["run", "dev", "--", "-p", String(WEB_PORT)], {
      cwd: webDir,
      env: { ...env, ...color },
      tag: "web",
      color: "cyan",
    }),
  ];
}

async function main(): Promise<void> {
  const uv = await installAppDependencies({ lockedPython: false });
  if (ensureDotEnv()) log.info(`wrote ${dotEnvPath} with fresh development secrets`);

  // Next.js telemetry would only try (and fail) to reach the network on every start.
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...environmentWithDotEnv() };
  await assertPortsFree(env.SMTP_URL ? [WEB_PORT, API_PORT] : [WEB_PORT, API_PORT, MAIL_SMTP_PORT, MAIL_INBOX_PORT]);
  const mailInboxUrl = startMailCatcher(env);
  env.DATABASE_URL = await startDatabase(env);
  const seedOutput = await prepareDatabase(uv, env);

  for (const server of startServers(uv, env)) supervisor.stopAllWhenItExits(server);
  const webUrl = `http://localhost:${WEB_PORT}`;
  const apiUrl = `http://localhost:${API_PORT}`;
  // The first request also makes Next.js compile the home page, so it is quick once the banner is up.
  const ready = await Promise.all([
    waitForHttp(`${apiUrl}/health`, () => supervisor.stopping),
    waitForHttp(webUrl, () => supervisor.stopping),
  ]);
  if (ready.every(Boolean)) printBanner({ webUrl, apiUrl, databaseUrl: env.DATABASE_URL, mailInboxUrl, seedOutput });
}

supervisor.run(main);
