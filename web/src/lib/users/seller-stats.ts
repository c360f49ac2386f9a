import type { PublicUser } from "../api/types";

/**
 * A seller's track record in the words of a buyer comparing sellers (DESIGN §14): what they have
 * completed, how often on time, how fast they usually answer. Pure, so it is tested directly.
 */
export interface StatLine {
  label: string;
  value: string;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** "within an hour", "about 3 hours", "about 2 days": a typical time, not a promise. */
export function formatResponseTime(seconds: number): string {
  if (seconds < HOUR) return "within an hour";
  if (seconds < DAY) {
    const hours = Math.round(seconds / HOUR);
    return hours === 1 ? "about an hour" : `about ${hours} hours`;
  }
  const days = Math.round(seconds / DAY);
  return days === 1 ? "about a day" : `about ${days} days`;
}

type Stats = Pick<PublicUser, "completed_orders" | "on_time_rate" | "response_time_s">;

export function sellerStatLines(user: Stats): StatLine[] {
  const lines: StatLine[] = [
    {
      label: "Orders completed",
      value: user.completed_orders === 0 ? "None yet" : String(user.completed_orders),
    },
  ];
  if (user.on_time_rate !== null && user.on_time_rate !== undefined) {
    lines.push({ label: "Delivered on time", value: `${Math.round(user.on_time_rate * 100)} %` });
  }
  if (user.response_time_s !== null && user.response_time_s !== undefined) {
    lines.push({ label: "Usually replies", value: formatResponseTime(user.response_time_s) });
  }
  return lines;
}
