// Child processes with prefixed output that can be stopped as whole trees.
//
// Each child gets its own process group (detached), because `uv run`, `npm run` and reloaders start
// grandchildren: stopping means signalling the group. It also means Ctrl-C reaches only the orchestrating
// script, which then stops the children in order.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { forEachLine, prefixedLogger, type Color } from "./log.ts";
import { exitCodeForSignal } from "./signals.ts";

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  tag: string;
  color: Color;
  /** Called with each output line besides printing it (e.g. to keep the seed's list of demo logins). */
  onLine?: (line: string) => void;
}

export interface RunningChild {
  tag: string;
  process: ChildProcess;
  /** Resolves with the exit code (128 + n for a signal) when the process has exited. */
  exited: Promise<number>;
}

const running = new Set<RunningChild>();

export function startChild(command: string, args: string[], options: ChildOptions): RunningChild {
  const log = prefixedLogger(options.tag, options.color);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const onLine = (line: string): void => {
    log.info(line);
    options.onLine?.(line);
  };
  forEachLine(child.stdout!, onLine);
  forEachLine(child.stderr!, onLine);
  const exited = new Promise<number>((resolve) => {
    child.on("error", (error) => {
      log.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? exitCodeForSignal(signal ?? "SIGTERM")));
  });
  const handle: RunningChild = { tag: options.tag, process: child, exited };
  running.add(handle);
  void exited.then(() => running.delete(handle));
  return handle;
}

/** Runs a command to completion; throws when it fails. */
export async function runStep(command: string, args: string[], options: ChildOptions): Promise<void> {
  const code = await startChild(command, args, options).exited;
  if (code !== 0) throw new Error(`\`${[command, ...args].join(" ")}\` failed with exit code ${code}`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** SIGTERM to the child's whole process group; SIGKILL when it is still there after `graceMs`. */
export async function stopChild(child: RunningChild, graceMs = 10_000): Promise<void> {
  signalGroup(child.process, "SIGTERM");
  const result = await Promise.race([child.exited, sleep(graceMs, "timeout" as const)]);
  if (result === "timeout") {
    signalGroup(child.process, "SIGKILL");
    await child.exited;
  }
  // Grandchildren may outlive the leader (a reloader's worker); they belong to the same group.
  signalGroup(child.process, "SIGKILL");
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

// If this script dies without stopping its children, do not leave servers behind holding the ports.
process.on("exit", () => {
  for (const child of running) signalGroup(child.process, "SIGKILL");
});
