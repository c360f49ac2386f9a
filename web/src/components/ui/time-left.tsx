"use client";

import { formatDuration } from "@/lib/format/duration";

import { useMinuteClock } from "./use-minute-clock";

/**
 * "in 5 h 12 min", or "due now" once the moment has passed; nothing in the server HTML, which
 * cannot know the reader's clock (the caller shows the moment itself next to it).
 */
export function TimeLeft({ iso, className }: { iso: string; className?: string }) {
  const now = useMinuteClock();
  if (now === 0) return null;
  const left = new Date(iso).getTime() - now;
  return <span className={className}>{left > 0 ? `in ${formatDuration(left)}` : "due now"}</span>;
}
