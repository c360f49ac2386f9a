// uv, the API's Python package manager: used from PATH, else installed with pip.
import { execFileSync } from "node:child_process";
import { findExecutable } from "../lib/find-executable.ts";
import type { Logger } from "../lib/log.ts";

/** How to invoke uv: its binary, or `python3 -m uv` when pip put it off PATH (pyenv before a rehash, ~/.local). */
export type UvCommand = [string, ...string[]];

function works(command: UvCommand): boolean {
  try {
    execFileSync(command[0], [...command.slice(1), "--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function pipInstallUv(log: Logger): void {
  log.info("uv is missing: pip install uv");
  const attempts = [
    ["-m", "pip", "install", "--quiet", "uv"],
    // Debian's system Python refuses pip installs (PEP 668); uv is a self-contained binary, safe to add per user.
    ["-m", "pip", "install", "--quiet", "--user", "--break-system-packages", "uv"],
  ];
  for (const args of attempts) {
    try {
      execFileSync("python3", args, { stdio: "inherit" });
      return;
    } catch {
      // try the next way
    }
  }
  throw new Error("could not install uv with pip; install it (https://docs.astral.sh/uv/) and retry");
}

export function ensureUv(log: Logger): UvCommand {
  const candidates = (): UvCommand[] => {
    const onPath = findExecutable("uv");
    return [...(onPath === undefined ? [] : [[onPath] as UvCommand]), ["python3", "-m", "uv"]];
  };
  const existing = candidates().find(works);
  if (existing !== undefined) return existing;
  pipInstallUv(log);
  const installed = candidates().find(works);
  if (installed === undefined) throw new Error("uv was installed but cannot be run");
  return installed;
}
