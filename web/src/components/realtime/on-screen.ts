import { bellOrderId } from "@/lib/realtime/bell";
import { messageSender } from "@/lib/realtime/describe";
import type { RealtimeNotification } from "@/lib/realtime/frames";

/** Where the person is: the page's path, and whether the tab is in front. */
export interface Screen {
  pathname: string;
  isVisible: boolean;
}

export function currentScreen(): Screen {
  return {
    pathname: window.location.pathname,
    isVisible: document.visibilityState === "visible",
  };
}

function messageOrderId(notification: RealtimeNotification): string | null {
  const message = notification.data.message;
  if (typeof message !== "object" || message === null) return null;
  const orderId = (message as Record<string, unknown>).order_id;
  return typeof orderId === "string" ? orderId : null;
}

/**
 * Whether the page on screen already shows this change live: an update of the order whose page is
 * open, or a message in the open conversation (or the order page whose thread it belongs to).
 * Such a change needs no toast, and it is read as it arrives (if the tab is in front).
 */
export function isOnScreen(notification: RealtimeNotification, pathname: string): boolean {
  const orderId = bellOrderId(notification);
  if (orderId !== null) return pathname === `/orders/${orderId}`;
  const sender = messageSender(notification);
  if (!sender) return false;
  const aboutOrder = messageOrderId(notification);
  return (
    pathname === `/messages/${sender.senderId}` ||
    (aboutOrder !== null && pathname === `/orders/${aboutOrder}`)
  );
}
