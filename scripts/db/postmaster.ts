// What is running on a data directory, judged from its postmaster.pid, and how to stop it by pid.
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function pidFile(dataDir: string): string {
  return path.join(dataDir, "postmaster.pid");
}

function recordedPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(dataDir), "utf8").split("\n", 1)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `pid` is a postgres server for `dataDir` (a killed run's pid may since belong to another process). */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return path.basename(args[0] ?? "") === "postgres" && args.includes(dataDir);
  } catch {
    return true; // no /proc (macOS): trust a live pid
  }
}

/** The pid of the server running on `dataDir`, if one is. */
export function runningPostmaster(dataDir: string): number | undefined {
  const pid = recordedPid(dataDir);
  return pid !== undefined && isPostmasterOf(pid, dataDir) ? pid : undefined;
}

/** Removes a postmaster.pid left by a server that was killed: PostgreSQL would refuse to start if its pid lives on. */
export function removeStalePidFile(dataDir: string): boolean {
  if (recordedPid(dataDir) === undefined || runningPostmaster(dataDir) !== undefined) return false;
  fs.rmSync(pidFile(dataDir), { force: true });
  return true;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/** "Fast" shutdown (SIGINT: roll back open transactions, checkpoint); "immediate" (SIGQUIT) if it hangs. */
export async function stopPostmaster(pid: number): Promise<void> {
  const signals = [
    ["SIGINT", 30_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ] as const;
  for (const [signal, timeoutMs] of signals) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}
