import type { NotificationPage } from "@/lib/api/types";
import type { RealtimeNotification } from "./frames";

/**
 * What the bell holds. Messages are counted by the Messages badge (unread messages), so the bell
 * leaves them out and nothing is counted twice; every other kind — order updates, moderation,
 * reviews, kinds added later — is the bell's. The API applies the same rule to its list and count.
 */
export function isBellNotification(notification: Pick<RealtimeNotification, "type">): boolean {
  return notification.type !== "message.new";
}

/** The order a bell notification is about, whatever its kind (`data.order_id`), else null. */
export function bellOrderId(
  notification: Pick<RealtimeNotification, "type" | "data">,
): string | null {
  if (!isBellNotification(notification)) return null;
  const orderId = notification.data.order_id;
  return typeof orderId === "string" && orderId !== "" ? orderId : null;
}

/** Which notifications were marked read: the ones opened, or all about one order. */
export type ReadMark = { ids: number[] } | { orderId: string };

function isMarked(item: NotificationPage["items"][number], mark: ReadMark): boolean {
  return "ids" in mark ? mark.ids.includes(item.id) : bellOrderId(item) === mark.orderId;
}

/** The server's answer to marking read: its count, and the newest notification it knew of. */
export interface ServerCount {
  unread_count: number;
  latest_id: number | null;
}

/**
 * The count to show once the server has answered: its count, plus what arrived here after the
 * newest notification it knew of — the answer can be overtaken by a live notification, which the
 * answer's count does not include and which must not be wiped from the badge.
 */
export function reconciledCount(page: NotificationPage, answer: ServerCount): number {
  const newer = page.items.filter(
    (item) => item.read_at === null && item.id > (answer.latest_id ?? 0),
  ).length;
  return answer.unread_count + newer;
}

/** The menu after `mark`, with the server's count once it has answered. */
export function withReadMark(
  page: NotificationPage,
  mark: ReadMark,
  readAt: string,
  answer?: ServerCount,
): NotificationPage {
  let newlyRead = 0;
  const items = page.items.map((item) => {
    if (item.read_at !== null || !isMarked(item, mark)) return item;
    newlyRead += 1;
    return { ...item, read_at: readAt };
  });
  const marked = { ...page, items };
  return {
    ...marked,
    unread_count: answer
      ? reconciledCount(marked, answer)
      : Math.max(0, page.unread_count - newlyRead),
  };
}
