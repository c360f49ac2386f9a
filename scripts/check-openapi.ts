// `make check-openapi`: fails when web/openapi.json or the TypeScript generated from it (web/src/lib/api/schema.d.ts)
// no longer match what the API produces. Both are regenerated into a temporary directory with the web app's own
// `gen:api` script, then compared with the files in the repository.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureUv } from "./install/uv.ts";
import { toolEnv } from "./install/tool-env.ts";
import { prefixedLogger } from "./lib/log.ts";
import { apiDir, webDir } from "./lib/paths.ts";

const log = prefixedLogger("openapi", "yellow");
const generatedFiles = ["openapi.json", "src/lib/api/schema.d.ts"];

/** A scratch copy of web/ with just what `npm run gen:api` needs: top-level files, node_modules linked. */
function scratchWebDir(): string {
  const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "devmarket-openapi-")), "web");
  fs.mkdirSync(path.join(scratch, "src/lib/api"), { recursive: true });
  for (const entry of fs.readdirSync(webDir, { withFileTypes: true })) {
    if (entry.isFile()) fs.copyFileSync(path.join(webDir, entry.name), path.join(scratch, entry.name));
  }
  fs.symlinkSync(path.join(webDir, "node_modules"), path.join(scratch, "node_modules"));
  return scratch;
}

function regenerate(scratch: string): void {
  const [uvFile, ...uvArgs] = ensureUv(log);
  const spec = execFileSync(uvFile, [...uvArgs, "run", "python", "-m", "app.export_openapi"], {
    cwd: apiDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(path.join(scratch, "openapi.json"), spec);
  execFileSync("npm", ["run", "--silent", "gen:api"], {
    cwd: scratch,
    env: toolEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function main(): number {
  const scratch = scratchWebDir();
  try {
    regenerate(scratch);
    const stale = generatedFiles.filter((file) => {
      const committed = path.join(webDir, file);
      return !fs.existsSync(committed) || !fs.readFileSync(committed).equals(fs.readFileSync(path.join(scratch, file)));
    });
    if (stale.length === 0) {
      log.info("web/openapi.json and web/src/lib/api/schema.d.ts match the API");
      return 0;
    }
    for (const file of stale) {
      const diff = spawnSync("diff", ["-u", path.join(webDir, file), path.join(scratch, file)], { encoding: "utf8" });
      log.error(`web/${file} is out of date; the difference (first 60 lines):`);
      log.error(diff.stdout.split("\n").slice(0, 60).join("\n") || "(file missing)");
    }
    log.error("The API changed but its generated client did not: run `make openapi` and commit the result.");
    return 1;
  } finally {
    fs.rmSync(path.dirname(scratch), { recursive: true, force: true });
  }
}

process.exitCode = main();
