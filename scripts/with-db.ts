// tsx scripts/with-db.ts <dev|test|prod> -- <command...>
//
// Runs a command against a database: DATABASE_URL (dev, prod; also read from .env) or TEST_DATABASE_URL (test) when
// set, otherwise the embedded PostgreSQL of that profile, started for the command (or reused when another
// command is running it) and stopped after it. Exports DATABASE_URL, plus TEST_DATABASE_URL for test, and exits
// with the command's exit code. For test it also sets the test environment (scripts/test-env.ts): APP_ENV=test,
// the test ports and throwaway secrets.
import { start, type Database } from "./db.ts";
import { isDbProfile, type DbProfile } from "./db/profiles.ts";
import { environmentWithDotEnv } from "./env.ts";
import { prefixedLogger } from "./lib/log.ts";
import { runInForeground } from "./lib/processes.ts";
import { testEnvironment } from "./test-env.ts";

const log = prefixedLogger("db", "blue", process.stderr);

function parseArgs(argv: string[]): { profile: DbProfile; command: string[] } | undefined {
  const [profile, separator, ...command] = argv;
  if (!isDbProfile(profile) || separator !== "--" || command.length === 0) return undefined;
  return { profile, command };
}

/** The database URL given from outside, if any: then no embedded server is started. */
function givenUrl(profile: DbProfile): string | undefined {
  const url = profile === "test" ? process.env.TEST_DATABASE_URL : environmentWithDotEnv().DATABASE_URL;
  return url === "" ? undefined : url;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === undefined) {
    console.error("usage: tsx scripts/with-db.ts <dev|test|prod> -- <command...>");
    return 2;
  }
  const { profile, command } = args;
  let database: Database | undefined;
  let url = givenUrl(profile);
  if (url === undefined) {
    database = await start(profile, { log });
    url = database.url;
  } else {
    log.info(`using the database from ${profile === "test" ? "TEST_DATABASE_URL" : "DATABASE_URL"}`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  if (profile === "test") Object.assign(env, testEnvironment, { TEST_DATABASE_URL: url });
  try {
    return await runInForeground(command, env, log);
  } finally {
    await database?.stop();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
});
