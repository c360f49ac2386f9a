// The API's Python packages (uv sync) and the web app's npm packages, installed side by side.
import { apiDir, webDir } from "../lib/paths.ts";
import { prefixedLogger } from "../lib/log.ts";
import { runStep } from "../lib/processes.ts";
import { npmInstallArgs } from "./node-modules.ts";
import { toolEnv } from "./tool-env.ts";
import { ensureUv, type UvCommand } from "./uv.ts";

export interface InstallOptions {
  /** Fail instead of updating uv.lock when it does not match pyproject.toml (CI). */
  lockedPython: boolean;
}

export async function installAppDependencies(options: InstallOptions): Promise<UvCommand> {
  const log = prefixedLogger("setup", "gray");
  const uv = ensureUv(log);
  const steps: Promise<void>[] = [];
  const [uvFile, ...uvArgs] = uv;
  const sync = ["sync", ...(options.lockedPython ? ["--locked"] : [])];
  steps.push(runStep(uvFile, [...uvArgs, ...sync], { cwd: apiDir, env: toolEnv(), tag: "setup", color: "gray" }));
  // The root's node_modules is not updated here: these scripts run from it. The Makefile installs it first.
  const webInstall = npmInstallArgs(webDir);
  if (webInstall !== undefined) {
    log.info(`npm ${webInstall[0]} in web/`);
    steps.push(runStep("npm", webInstall, { cwd: webDir, env: toolEnv(), tag: "setup", color: "gray" }));
  }
  await Promise.all(steps);
  return uv;
}
