// tsx scripts/with-pgbouncer.ts -- <command...>
//
// Runs a command (inside `with-db.ts test`) with its database reached through a private PgBouncer in transaction
// mode, the way the services reach Neon's pooled endpoint: TEST_DATABASE_URL and DATABASE_URL point at PgBouncer,
// DIRECT_DATABASE_URL at the database itself (migrations take it, as in production). Exits with the command's code.
import { spawn } from "node:child_process";
import { startPgBouncer } from "./db/pgbouncer.ts";
import { prefixedLogger } from "./lib/log.ts";
import { exitCodeForSignal, onShutdownSignal } from "./lib/signals.ts";

const log = prefixedLogger("pool", "blue", process.stderr);

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, { stdio: "inherit", env });
  onShutdownSignal((signal) => {
    if (signal !== "SIGINT") child.kill(signal); // a terminal's SIGINT has reached the command already
  });
  return new Promise((resolve) => {
    child.on("error", (error) => {
      log.error(`could not run ${file}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? exitCodeForSignal(signal ?? "SIGTERM")));
  });
}

async function main(): Promise<number> {
  const [separator, ...command] = process.argv.slice(2);
  if (separator !== "--" || command.length === 0) {
    console.error("usage: tsx scripts/with-pgbouncer.ts -- <command...>   (TEST_DATABASE_URL must be set)");
    return 2;
  }
  const direct = process.env.TEST_DATABASE_URL;
  if (!direct) {
    console.error("TEST_DATABASE_URL is not set: run this inside `tsx scripts/with-db.ts test -- ...`");
    return 2;
  }
  const pool = await startPgBouncer(direct, log);
  try {
    return await run(command, {
      ...process.env,
      TEST_DATABASE_URL: pool.url,
      DATABASE_URL: pool.url,
      DIRECT_DATABASE_URL: direct,
    });
  } finally {
    await pool.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
