// tsx scripts/with-pgbouncer.ts -- <command...>
//
// Runs a command (inside `with-db.ts test`) with its database reached through a private PgBouncer in transaction
// mode, the way the services reach Neon's pooled endpoint: TEST_DATABASE_URL and DATABASE_URL point at PgBouncer,
// DIRECT_DATABASE_URL at the database itself (migrations take it, as in production). Exits with the command's code.
import { startPgBouncer } from "./db/pgbouncer.ts";
import { prefixedLogger } from "./lib/log.ts";
import { runInForeground } from "./lib/processes.ts";

const log = prefixedLogger("pool", "blue", process.stderr);

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
    return await runInForeground(
      command,
      {
        ...process.env,
        TEST_DATABASE_URL: pool.url,
        DATABASE_URL: pool.url,
        DIRECT_DATABASE_URL: direct,
      },
      log,
    );
  } finally {
    await pool.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
