// Creates a new cluster in an empty data directory.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { ProfileSettings } from "./profiles.ts";
import { runAs, type ServerUser } from "./server-user.ts";

const execFileAsync = promisify(execFile);

export async function initCluster(
  initdb: string,
  settings: ProfileSettings,
  user: ServerUser | undefined,
): Promise<void> {
  // initdb reads the superuser's password from a file; only the server user may read it, and it is removed after.
  const passwordFile = path.join(os.tmpdir(), `devmarket-pg-password-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(passwordFile, `${settings.password}\n`, { mode: 0o600 });
  if (user !== undefined) fs.chownSync(passwordFile, user.uid, user.gid);
  try {
    await execFileAsync(
      initdb,
      [
        `--pgdata=${settings.dataDir}`,
        `--username=${settings.user}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // PostgreSQL's own UTF-8 locale: the same sorting and case rules on every machine, whatever locales it has.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        ...(settings.wipeOnStart ? ["--no-sync"] : []),
      ],
      { cwd: "/", env: { ...process.env, LC_ALL: "C" }, ...runAs(user) },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`initdb failed for ${settings.dataDir}:\n${stderr}`, { cause: error });
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}
