/**
 * "just now", "5 min. ago", "3 hr. ago", "yesterday", then a date: how long ago something
 * happened, in the short form chat lists use. Pure (the caller passes `now`), so it is testable.
 */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto", style: "short" });
const sameYear = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric" });
const otherYear = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
});

export function formatRelativeTime(iso: string, now: number): string {
  const then = new Date(iso);
  const secondsAgo = Math.max(0, Math.round((now - then.getTime()) / 1000));
  if (secondsAgo < 45) return "just now";
  if (secondsAgo < HOUR) return relative.format(-Math.round(secondsAgo / MINUTE), "minute");
  if (secondsAgo < DAY) return relative.format(-Math.round(secondsAgo / HOUR), "hour");
  if (secondsAgo < 7 * DAY) return relative.format(-Math.round(secondsAgo / DAY), "day");
  const format = then.getFullYear() === new Date(now).getFullYear() ? sameYear : otherYear;
  return format.format(then);
}
