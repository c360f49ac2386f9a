import path from "node:path";
import { stateDir } from "../lib/paths.ts";

export type DbProfile = "dev" | "test" | "prod" | "restart-check";

export interface ProfileSettings {
  profile: DbProfile;
  port: number;
  dataDir: string;
  user: string;
  password: string;
  database: string;
  /** The test clusters start empty on every run, so each run is reproducible. */
  wipeOnStart: boolean;
  /** `-c name=value` settings for the server, on top of the ones every profile gets. */
  serverSettings: Record<string, string>;
}

/** `variable` from the environment when set (two checkouts testing side by side), else `fallback`. */
function portFrom(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${variable} must be a TCP port number, not "${value}"`);
  }
  return port;
}

// Fixed local credentials: the server only listens on 127.0.0.1, and docs/architecture.md documents them.
const credentials = { user: "devmarket", password: "devmarket" } as const;

const profiles: Record<DbProfile, ProfileSettings> = {
  dev: {
    profile: "dev",
    port: 54320,
    dataDir: path.join(stateDir, "pg"),
    ...credentials,
    database: "devmarket",
    wipeOnStart: false,
    serverSettings: {},
  },
  test: {
    profile: "test",
    // TEST_DB_PORT moves it, e.g. for a second checkout's `make test` beside this one's.
    port: portFrom("TEST_DB_PORT", 54330),
    dataDir: path.join(stateDir, "pg-test"),
    ...credentials,
    database: "devmarket_test",
    wipeOnStart: true,
    // Durability is worthless for a cluster that is wiped on the next run; skipping fsync speeds tests up.
    serverSettings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  },
  // `make prod`: its own cluster, so production-mode data (no demo accounts) never mixes with the dev seed.
  prod: {
    profile: "prod",
    port: 54340,
    dataDir: path.join(stateDir, "pg-prod"),
    ...credentials,
    database: "devmarket",
    wipeOnStart: false,
    serverSettings: {},
  },
  // The database-restart check (scripts/checks/db-restart.ts) restarts this one under load; it keeps PostgreSQL's
  // default durability, because what it proves is that an acknowledged write survives a restart or a crash.
  "restart-check": {
    profile: "restart-check",
    port: portFrom("RESTART_CHECK_DB_PORT", 54350),
    dataDir: path.join(stateDir, "pg-restart-check"),
    ...credentials,
    database: "devmarket_restart",
    wipeOnStart: true,
    serverSettings: {},
  },
};

export function isDbProfile(value: string | undefined): value is DbProfile {
  return value !== undefined && Object.hasOwn(profiles, value);
}

export function profileSettings(profile: DbProfile): ProfileSettings {
  return profiles[profile];
}

export function connectionUrl(settings: ProfileSettings): string {
  const { user, password, port, database } = settings;
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}
