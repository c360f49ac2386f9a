"use client";

import { formatRelativeTime } from "@/lib/format/relative-time";

import { useIsHydrated } from "./use-is-hydrated";
import { useMinuteClock } from "./use-minute-clock";

const absolute = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * "5 min. ago", kept current. The server cannot know the reader's clock or zone, so the server
 * HTML (and the hydrating render) shows the UTC date; the browser then switches to relative time.
 * The exact moment is in the tooltip and the <time> element.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const isHydrated = useIsHydrated();
  const clock = useMinuteClock();
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
