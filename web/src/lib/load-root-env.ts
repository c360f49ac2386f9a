import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Both services share the repository's `.env` (docs/architecture.md). Next.js only reads `.env`
 * files inside `web/`, so we load the root one ourselves. `process.loadEnvFile` never overrides
 * variables that are already set, so the real environment (CI, Vercel) always wins.
 */
export function loadRootEnv(webDir: string = process.cwd()): void {
  const rootEnvFile = path.resolve(webDir, "..", ".env");
  if (existsSync(rootEnvFile)) process.loadEnvFile(rootEnvFile);
}
