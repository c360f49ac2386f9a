// Which process started a cluster, so that a second command reuses a running cluster without stopping it under
// its owner, and a cluster orphaned by a killed run is adopted (and stopped) by the next run.
import fs from "node:fs";
import { isAlive } from "./postmaster.ts";

/** A pid plus its start time: a recycled pid is not mistaken for the process that wrote the file. */
function processIdentity(pid: number): string {
  try {
    // Field 22 of /proc/<pid>/stat is the start time; the command name (field 2) may contain spaces, so count
    // from the closing parenthesis.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return `${pid}:${startTime ?? ""}`;
  } catch {
    return `${pid}:`;
  }
}

function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

export function claimOwnership(dataDir: string): void {
  fs.writeFileSync(ownerFile(dataDir), processIdentity(process.pid));
}

export function releaseOwnership(dataDir: string): void {
  try {
    if (fs.readFileSync(ownerFile(dataDir), "utf8") === processIdentity(process.pid)) fs.rmSync(ownerFile(dataDir));
  } catch {
    // nothing to release
  }
}

/** The pid of another live process that owns the running cluster, if any. */
export function liveOtherOwner(dataDir: string): number | undefined {
  let identity: string;
  try {
    identity = fs.readFileSync(ownerFile(dataDir), "utf8");
  } catch {
    return undefined;
  }
  const pid = Number(identity.split(":")[0]);
  if (!Number.isInteger(pid) || pid === process.pid || !isAlive(pid)) return undefined;
  return processIdentity(pid) === identity ? pid : undefined;
}
