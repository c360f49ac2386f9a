/**
 * "2 days 4 h", "5 h 12 min", "12 min", "less than a minute": how long until something happens,
 * to the minute, in the two largest units that matter. Rounds down, so a countdown never promises
 * more time than is left.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function days(count: number): string {
  return count === 1 ? "1 day" : `${count} days`;
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, ms);
  const wholeDays = Math.floor(total / DAY_MS);
  const hours = Math.floor((total % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((total % HOUR_MS) / MINUTE_MS);
  if (wholeDays > 0) return hours > 0 ? `${days(wholeDays)} ${hours} h` : days(wholeDays);
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min`;
  return "less than a minute";
}
