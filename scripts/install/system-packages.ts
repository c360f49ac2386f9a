// What the tests need beyond Python and Node, from Debian's packages when the system lacks it (DESIGN §9):
// Chromium for Playwright, redis-server for the realtime tests, pgbouncer for the pooled-connection tests.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { findExecutable } from "../lib/find-executable.ts";
import type { Logger } from "../lib/log.ts";

interface SystemPackage {
  /** Debian packages to install when `present()` is false. */
  packages: string[];
  present(): boolean;
}

const sbin = ["/usr/sbin", "/usr/local/sbin", "/sbin"];

const wanted: SystemPackage[] = [
  {
    // Fonts: without Recommends, make sure pages render text with a real font.
    packages: ["chromium", "fonts-liberation"],
    present: () => fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"),
  },
  { packages: ["redis-server"], present: () => findExecutable("redis-server", sbin) !== undefined },
  { packages: ["pgbouncer"], present: () => findExecutable("pgbouncer", sbin) !== undefined },
];

function asRoot(command: string[]): [string, string[]] {
  const [file, ...args] = command as [string, ...string[]];
  return process.getuid?.() === 0 ? [file, args] : ["sudo", command];
}

export function ensureSystemPackages(log: Logger): void {
  const missing = wanted.filter((item) => !item.present()).flatMap((item) => item.packages);
  if (missing.length === 0) return;
  if (findExecutable("apt-get", sbin) === undefined) {
    throw new Error(`missing ${missing.join(", ")} and no apt-get to install them; install them and retry`);
  }
  log.info(`installing Debian packages: ${missing.join(" ")}`);
  // Wait for another apt (unattended upgrades, a parallel install) instead of failing on its lock.
  const lockWait = ["-o", "DPkg::Lock::Timeout=900"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const command of [
    ["apt-get", ...lockWait, "update", "-q"],
    // Recommends would pull in a desktop's worth of packages (printing, power management) for Chromium.
    ["apt-get", ...lockWait, "install", "-y", "-q", "--no-install-recommends", ...missing],
  ]) {
    const [file, args] = asRoot(command);
    execFileSync(file, args, { stdio: "inherit", env });
  }
}
