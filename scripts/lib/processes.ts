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

/** Every child started, exited or not: an exited leader may leave grandchildren in its process group. */
const started = new Set<RunningChild>();

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
  started.add(handle);
  return handle;
}

/** Runs a command to completion; throws when it fails. */
export async function runStep(command: string, args: string[], options: ChildOptions): Promise<void> {
  const step = startChild(command, args, options);
  const code = await step.exited;
  // A finished step leaves nothing to stop; forgetting it means its process group id, once free for reuse by
  // the system, is never signalled.
  started.delete(step);
  if (code !== 0) throw new Error(`\`${[command, ...args].join(" ")}\` failed with exit code ${code}`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

/**
 * SIGTERM to the child's whole process group, SIGKILL to whatever is left after `graceMs`. Also used on a child
 * that has exited already: its leader (`uv run`, say) may have died while a grandchild still holds a port.
 */
export async function stopChild(child: RunningChild, graceMs = 10_000): Promise<void> {
  signalGroup(child.process, "SIGTERM");
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; await sleep(100)) {
    if (!signalGroup(child.process, 0)) break;
  }
  signalGroup(child.process, "SIGKILL");
  await child.exited;
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...started].map((child) => stopChild(child)));
}

// If this script dies without stopping its children, do not leave servers behind holding the ports.
process.on("exit", () => {
  for (const child of started) signalGroup(child.process, "SIGKILL");
});
