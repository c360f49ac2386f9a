// Before the (slow) production build: would both services accept this configuration? Each validates its own
// settings the way it does at start-up, and a refusal names the variable to fix (a placeholder or short secret,
// equal secrets, a missing URL). Seconds, instead of finding out after a two-minute `next build`.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { UvCommand } from "../install/uv.ts";
import { apiDir, repoRoot, webDir } from "../lib/paths.ts";

const execFileAsync = promisify(execFile);

const API_CHECK = "from app.core.config import Settings; Settings()";
// The web app's own parser (web/src/lib/env.ts), run by the repository's tsx from web/ so that it finds zod.
const WEB_CHECK = "import('./src/lib/env.ts').then(({ parseEnv }) => parseEnv(process.env))";

/** The lines of a failed check worth showing: pydantic's or the web app's list of problems. */
function problemLines(output: string): string[] {
  const lines = output.split("\n").map((line) => line.trimEnd());
  const pydantic = lines.filter((line) => /^\s+(Value error, |Field required|Input should)/.test(line));
  if (pydantic.length > 0) return pydantic.map((line) => line.trim().replace(/ \[type=.*$/, ""));
  const web = lines.filter((line) => /^\s+- /.test(line));
  return web.length > 0 ? web.map((line) => line.trim().replace(/^- /, "")) : lines.filter(Boolean).slice(-5);
}

async function check(label: string, file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    await execFileAsync(file, args, { cwd, env });
    return [];
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return problemLines(`${stdout}\n${stderr}`).map((line) => `${label}: ${line}`);
  }
}

/** Throws with every problem either service has with `env`; `env` must hold a DATABASE_URL (any will do). */
export async function checkProductionSettings(uv: UvCommand, env: NodeJS.ProcessEnv): Promise<void> {
  const [uvFile, ...uvArgs] = uv;
  const problems = (
    await Promise.all([
      check("api", uvFile, [...uvArgs, "run", "python", "-c", API_CHECK], apiDir, env),
      check("web", `${repoRoot}/node_modules/.bin/tsx`, ["-e", WEB_CHECK], webDir, env),
    ])
  ).flat();
  if (problems.length > 0) {
    throw new Error(
      [
        "the production settings are refused:",
        ...problems.map((problem) => `  - ${problem}`),
        "Fix them in the environment or in .env (docs/deploy.md lists every variable; `openssl rand -hex 32` makes a secret).",
      ].join("\n"),
    );
  }
}
