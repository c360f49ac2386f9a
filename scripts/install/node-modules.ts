// `npm ci` (or `npm install` without a lockfile) when node_modules is missing or older than the lockfile.
import fs from "node:fs";
import path from "node:path";

function mtime(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The npm arguments that bring `dir`'s node_modules up to date, or undefined when it is current. */
export function npmInstallArgs(dir: string): string[] | undefined {
  const lockfile = path.join(dir, "package-lock.json");
  // npm rewrites node_modules/.package-lock.json on every install: its age is the age of node_modules.
  const installedAt = mtime(path.join(dir, "node_modules", ".package-lock.json"));
  // The lockfile changes whenever dependencies do; package.json alone also changes for scripts and settings.
  const dependenciesChangedAt = mtime(lockfile) ?? mtime(path.join(dir, "package.json")) ?? 0;
  if (installedAt !== undefined && installedAt >= dependenciesChangedAt) return undefined;
  return fs.existsSync(lockfile) ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"];
}
