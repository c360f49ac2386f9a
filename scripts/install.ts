// `make install`: everything `make test` needs that a fresh machine may lack — Debian packages (Chromium,
// redis-server, pgbouncer), uv, the API's Python packages and the web app's npm packages. `--app-only` skips the
// Debian packages (what `make dev` and `make admin` need). The root npm packages, this script's own runtime, are
// installed by the Makefile before it runs.
import { installAppDependencies } from "./install/app-deps.ts";
import { ensureSystemPackages } from "./install/system-packages.ts";
import { prefixedLogger } from "./lib/log.ts";

const log = prefixedLogger("setup", "gray");
const appOnly = process.argv.includes("--app-only");
try {
  if (!appOnly) ensureSystemPackages(log);
  // CI installs exactly what uv.lock says and fails when it is stale; development may refresh it.
  await installAppDependencies({ lockedPython: process.env.CI !== undefined || !appOnly });
  log.info("dependencies are installed");
} catch (error) {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
