// The repository's `.env`, shared by both services (docs/architecture.md). `make dev` writes it once with fresh
// random secrets; an existing file is never touched. Run alone: `tsx scripts/env.ts`.
import crypto from "node:crypto";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { dotEnvPath } from "./lib/paths.ts";

function randomSecret(): string {
  return crypto.randomBytes(32).toString("hex");
}

function developmentEnv(): string {
  const jwtSecret = randomSecret();
  let betterAuthSecret = randomSecret();
  while (betterAuthSecret === jwtSecret) betterAuthSecret = randomSecret(); // 2^-256, but the rule is absolute
  return [
    "# Written by `make dev` (scripts/env.ts) for this machine only; git ignores it. See .env.example.",
    "APP_ENV=development",
    `JWT_SECRET=${jwtSecret}`,
    `BETTER_AUTH_SECRET=${betterAuthSecret}`,
    "BETTER_AUTH_URL=http://localhost:3000",
    "FRONTEND_ORIGIN=http://localhost:3000",
    "API_URL=http://localhost:8000",
    "# DATABASE_URL is unset: `make dev` starts the embedded PostgreSQL. Set it to use another database.",
    "",
  ].join("\n");
}

/** Writes `.env` when it is absent; returns whether it did. */
export function ensureDotEnv(): boolean {
  try {
    // "wx": fails when the file exists, so two concurrent runs cannot both write it.
    fs.writeFileSync(dotEnvPath, developmentEnv(), { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** The variables in `.env` (none when it is absent), without touching process.env. */
export function readDotEnv(): Record<string, string> {
  if (!fs.existsSync(dotEnvPath)) return {};
  const parsed = parseEnv(fs.readFileSync(dotEnvPath, "utf8"));
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** process.env with `.env` filled in underneath: variables set in the real environment win, as in both services. */
export function environmentWithDotEnv(): NodeJS.ProcessEnv {
  return { ...readDotEnv(), ...process.env };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(ensureDotEnv() ? `wrote ${dotEnvPath}` : `${dotEnvPath} exists; left unchanged`);
}
