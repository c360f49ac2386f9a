"use client";

import { useSyncExternalStore } from "react";

import { formatRelativeTime } from "@/lib/format/relative-time";

import { useIsHydrated } from "./use-is-hydrated";

/** One shared minute clock for every relative time on the page. */
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

const absolute = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * "5 min. ago", kept current. The server cannot know the reader's clock or zone, so the server
 * HTML (and the hydrating render) shows the UTC date; the browser then switches to relative time.
 * The exact moment is in the tooltip and the <time> element.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const isHydrated = useIsHydrated();
  const clock = useSyncExternalStore(
    subscribe,
    () => now,
    () => 0,
  );
  const label = isHydrated
    ? formatRelativeTime(iso, clock)
    : new Date(iso).toISOString().slice(0, 10);
  return (
    <time
      dateTime={iso}
      title={isHydrated ? absolute.format(new Date(iso)) : undefined}
      className={className}
    >
      {label}
    </time>
  );
}
