import { useSyncExternalStore } from "react";

/**
 * One shared minute clock for every relative time and countdown on the page: one interval, however
 * many readers. Server HTML and the hydrating render read 0 ("no clock yet"), so callers show a
 * time-independent label until the browser takes over.
 */
const MINUTE_MS = 60_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Idle since the last subscriber left: catch up (React re-reads the snapshot after subscribing).
  if (timer === null) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, MINUTE_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** Milliseconds since the epoch, refreshed every minute; 0 on the server and while hydrating. */
export function useMinuteClock(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => 0,
  );
}
