// PostgreSQL refuses to run as root. When these scripts run as root (CI, containers), the server runs as an
// unprivileged system user instead: `postgres` when it exists (Debian's package creates it), otherwise `nobody`
// (docs/architecture.md), and as a last resort a `postgres` system user that we create.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../lib/log.ts";

export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

function lookUpUser(name: string): ServerUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: "pipe" }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: "pipe" }).trim());
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

/** The user the server runs as, or undefined when this process is not root and runs it itself. */
export function serverUser(log: Logger): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookUpUser("postgres") ?? lookUpUser("nobody");
  if (existing !== undefined) return existing;
  log.warn("running as root and neither `postgres` nor `nobody` exists: creating the system user `postgres`");
  execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
  const created = lookUpUser("postgres");
  if (created === undefined) throw new Error("could not create the system user `postgres`");
  return created;
}

/** Whether `user` may enter `dir`, judged the way the kernel does for a process with no supplementary groups. */
function canTraverse(dir: string, user: ServerUser): boolean {
  const { mode, uid, gid } = fs.statSync(dir);
  if (uid === user.uid) return (mode & 0o100) !== 0;
  if (gid === user.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * The server, running as `user`, must reach its binaries (in node_modules) and its data directory. A clone under
 * a private home (/root is 0700) blocks that, so grant "search" (execute, not read) on each blocking ancestor.
 */
export function ensureTraversable(target: string, user: ServerUser, log: Logger): void {
  const ancestors: string[] = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of ancestors) {
    if (canTraverse(dir, user)) continue;
    fs.chmodSync(dir, fs.statSync(dir).mode | 0o001);
    log.warn(`granted others search permission (o+x) on ${dir} so that user ${user.name} can reach ${target}`);
  }
}

/** Hands a directory tree to `user`; skipped when its top already belongs to that user. */
export function chownTree(dir: string, user: ServerUser): void {
  const top = fs.statSync(dir);
  if (top.uid === user.uid && top.gid === user.gid) return;
  fs.chownSync(dir, user.uid, user.gid);
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    fs.lchownSync(path.join(dir, entry), user.uid, user.gid);
  }
}

/** spawn/execFile options that run a child as `user` (libuv also drops root's supplementary groups). */
export function runAs(user: ServerUser | undefined): { uid?: number; gid?: number } {
  return user === undefined ? {} : { uid: user.uid, gid: user.gid };
}
