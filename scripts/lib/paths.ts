import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever directory a script is started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const apiDir = path.join(repoRoot, "api");
export const webDir = path.join(repoRoot, "web");
/** Local state that git ignores: database clusters and their logs. */
export const stateDir = path.join(repoRoot, ".data");
export const dotEnvPath = path.join(repoRoot, ".env");
