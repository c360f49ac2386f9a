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

/** The menu after `mark`, with the server's new unread count when it has answered. */
export function withReadMark(
  page: NotificationPage,
  mark: ReadMark,
  readAt: string,
  unreadCount?: number,
): NotificationPage {
  let newlyRead = 0;
  const items = page.items.map((item) => {
    if (item.read_at !== null || !isMarked(item, mark)) return item;
    newlyRead += 1;
    return { ...item, read_at: readAt };
  });
  return {
    ...page,
    items,
    unread_count: unreadCount ?? Math.max(0, page.unread_count - newlyRead),
  };
}
