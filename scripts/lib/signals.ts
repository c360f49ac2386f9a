// Shutdown on SIGINT/SIGTERM/SIGHUP that survives repeated signals.
//
// Ctrl-C reaches every process in the terminal's foreground group, and tsx also relays it to the script it runs,
// so a script often receives the same SIGINT twice. Listeners stay installed (a signal without a listener would
// kill the script half-way through its cleanup); only a deliberate burst of further signals forces an exit.

export type ShutdownSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

const signalNumbers: Record<ShutdownSignal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The shell's exit code for a process ended by `signal`. */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + (signalNumbers[signal as ShutdownSignal] ?? 15);
}

export function onShutdownSignal(handler: (signal: ShutdownSignal) => void): void {
  let received = 0;
  for (const signal of Object.keys(signalNumbers) as ShutdownSignal[]) {
    process.on(signal, () => {
      received += 1;
      if (received === 1) handler(signal);
      else if (received > 4) process.exit(exitCodeForSignal(signal));
    });
  }
}
