"use client";

import { useIsHydrated } from "./use-is-hydrated";

const FORMATS = {
  date: { year: "numeric", month: "short", day: "numeric" },
  dateTime: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export interface DateTimeProps {
  iso: string;
  format?: keyof typeof FORMATS;
  className?: string;
}

/**
 * A moment in the reader's own time zone. The server cannot know that zone, so the server HTML
 * (and the hydrating render, which must match it) shows UTC, marked as such; the browser then
 * re-renders in local time.
 */
export function DateTime({ iso, format = "dateTime", className }: DateTimeProps) {
  const isHydrated = useIsHydrated();
  const options: Intl.DateTimeFormatOptions = isHydrated
    ? FORMATS[format]
    : {
        ...FORMATS[format],
        timeZone: "UTC",
        timeZoneName: format === "date" ? undefined : "short",
      };
  return (
    <time dateTime={iso} className={className}>
      {new Intl.DateTimeFormat("en-US", options).format(new Date(iso))}
    </time>
  );
}
