// Child processes with prefixed output that can be stopped as whole trees.
//
// Each child gets its own process group (detached), because `uv run`, `npm run` and reloaders start
// grandchildren: stopping means signalling the group. It also means Ctrl-C reaches only the orchestrating
// script, which then stops the children in order.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { forEachLine, prefixedLogger, type Color, type Logger } from "./log.ts";
import { exitCodeForSignal, onShutdownSignal, type ShutdownSignal } from "./signals.ts";

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  tag: string;
  color: Color;
  /** Called with each output line besides printing it (e.g. to keep the seed's list of demo logins). */
  onLine?: (line: string) => void;
  /** False: only `onLine` gets the output, nothing is printed (a part of `make test` writing to its log). */
  echo?: boolean;
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
  const echo = options.echo ?? true;
  const onLine = (line: string): void => {
    if (echo) log.info(line);
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

/** Runs a command to completion and resolves with its exit code. */
export async function runToCompletion(command: string, args: string[], options: ChildOptions): Promise<number> {
  const step = startChild(command, args, options);
  const code = await step.exited;
  // A finished step leaves nothing to stop; forgetting it means its process group id, once free for reuse by
  // the system, is never signalled.
  started.delete(step);
  return code;
}

/** Runs a command to completion; throws when it fails. */
export async function runStep(command: string, args: string[], options: ChildOptions): Promise<void> {
  const code = await runToCompletion(command, args, options);
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

/**
 * Runs a command in our own process group with our terminal (stdin, stdout, stderr), for wrappers such as
 * `with-db.ts` that set something up around it; resolves with its exit code (128 + n for a signal).
 */
export function runInForeground(command: string[], env: NodeJS.ProcessEnv, log: Logger): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  // Same process group as us: Ctrl-C reaches the command straight from the terminal.
  const child = spawn(file, args, { stdio: "inherit", env });
  onShutdownSignal((signal) => {
    // SIGTERM/SIGHUP are usually sent to us alone (a test runner, `kill`): pass them on. A terminal's SIGINT has
    // already reached the command; pass it on late, in case it was meant for us alone (`kill -INT`).
    if (signal === "SIGINT") setTimeout(() => child.kill("SIGINT"), 5_000).unref();
    else child.kill(signal);
  });
  return new Promise((resolve) => {
    child.on("error", (error) => {
      log.error(`could not run ${file}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? exitCodeForSignal(signal ?? "SIGTERM")));
  });
}

export interface SupervisorOptions {
  /** The exit code when a shutdown signal arrives; 0 by default (Ctrl-C is how one leaves `make dev`). */
  exitCodeOnSignal?: (signal: ShutdownSignal) => number;
}

/**
 * One orderly way out for a script that runs long-lived children (`make dev`, `make prod`, `make test`): on
 * SIGINT/SIGTERM/SIGHUP, when a child it watches exits, when start-up fails, or when the script is done, it stops
 * every child (whole process groups), then runs the cleanups (the database, say) in the order they were added, then
 * exits. The first shutdown decides the exit code; later ones wait for it.
 */
export interface Supervisor {
  /** True once a shutdown has begun: waits for readiness give up. */
  readonly stopping: boolean;
  /** Runs after every child has stopped, e.g. stopping the database the children used. */
  afterChildren(cleanup: () => Promise<void>): void;
  /** Logs `<reason>: stopping everything` (when a reason is given), stops everything and exits. */
  shutdown(exitCode: number, reason?: string): Promise<never>;
  /** Shuts everything down when `child` exits, with `exitCode(its code)` (by default its own code). */
  stopAllWhenItExits(child: RunningChild, exitCode?: (code: number) => number): void;
  /** Runs the script's main(); a failure is logged and shuts down with exit code 1. */
  run(main: () => Promise<void>): void;
}

export function supervise(log: Logger, options: SupervisorOptions = {}): Supervisor {
  const cleanups: (() => Promise<void>)[] = [];
  let shuttingDown: Promise<never> | undefined;
  const exitCodeOnSignal = options.exitCodeOnSignal ?? (() => 0);
  const supervisor: Supervisor = {
    get stopping() {
      return shuttingDown !== undefined;
    },
    afterChildren: (cleanup) => void cleanups.push(cleanup),
    shutdown: (exitCode, reason) => {
      shuttingDown ??= (async () => {
        if (reason !== undefined) log.info(`${reason}: stopping everything`);
        await stopAllChildren();
        for (const cleanup of cleanups) {
          await cleanup().catch((error: unknown) => log.error(error instanceof Error ? error.message : String(error)));
        }
        // Everything we started is stopped; exit with the code decided above rather than wait for the event
        // loop, which open stdio pipes and the signal handlers would keep alive.
        process.exit(exitCode);
      })();
      return shuttingDown;
    },
    stopAllWhenItExits: (child, exitCode = (code) => code) => {
      void child.exited.then((code) => supervisor.shutdown(exitCode(code), `${child.tag} exited with code ${code}`));
    },
    run: (main) => {
      main().catch((error: unknown) => {
        log.error(error instanceof Error ? error.message : String(error));
        void supervisor.shutdown(1, "start-up failed");
      });
    },
  };
  onShutdownSignal((signal) => void supervisor.shutdown(exitCodeOnSignal(signal), `${signal} received`));
  return supervisor;
}

// If this script dies without stopping its children, do not leave servers behind holding the ports.
process.on("exit", () => {
  for (const child of started) signalGroup(child.process, "SIGKILL");
});
