import type { QueryClient } from "@tanstack/react-query";

import { showToast } from "@/components/ui/toast-store";
import type { Message } from "@/lib/api/types";
import { describeNotification, messageSender, orderIdOf } from "@/lib/realtime/describe";
import type { RealtimeNotification } from "@/lib/realtime/frames";
import { gigKeys } from "@/queries/gigs";
import { messageKeys, refreshUnread, storeMessage } from "@/queries/messages";
import { storeNotification } from "@/queries/notifications";
import { orderKeys } from "@/queries/orders";

/** After a long absence, one summary instead of a wall of toasts. */
const MAX_CATCH_UP_TOASTS = 3;

function isMessage(value: unknown): value is Message {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ["id", "sender_id", "receiver_id", "content", "created_at"].every(
    (key) => typeof fields[key] === "string",
  );
}

/**
 * A new message: show it in its conversation at once, then refetch the conversation if it is on
 * screen — reading it is what marks it read — and only then the unread badges, so they never count
 * a message the person is looking at. A hidden tab only marks the conversation stale: it is read
 * (and marked read) when the tab comes back to the front.
 */
function receiveMessage(queryClient: QueryClient, notification: RealtimeNotification): void {
  const sender = messageSender(notification);
  if (!sender) {
    refreshUnread(queryClient);
    return;
  }
  if (isMessage(notification.data.message)) {
    storeMessage(queryClient, sender.senderId, notification.data.message);
  }
  const isVisible = document.visibilityState === "visible";
  void queryClient
    .invalidateQueries({
      queryKey: messageKeys.conversation(sender.senderId),
      refetchType: isVisible ? "active" : "none",
    })
    .finally(() => {
      refreshUnread(queryClient);
    });
}

function receiveOrderUpdate(queryClient: QueryClient, notification: RealtimeNotification): void {
  const orderId = orderIdOf(notification);
  if (orderId) void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
  void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: orderKeys.summary() });
}

/** No toast for a message the person is already reading (its conversation or order page). */
function isOnScreen(notification: RealtimeNotification, pathname: string): boolean {
  const sender = messageSender(notification);
  if (!sender) return false;
  const message = notification.data.message;
  const orderId = isMessage(message) ? message.order_id : null;
  return (
    pathname === `/messages/${sender.senderId}` ||
    (orderId !== null && pathname === `/orders/${orderId}`)
  );
}

function announce(batch: RealtimeNotification[], source: "live" | "catch-up"): void {
  const worthShowing = batch.filter((n) => !isOnScreen(n, window.location.pathname));
  if (source === "catch-up" && worthShowing.length > MAX_CATCH_UP_TOASTS) {
    showToast({
      title: `${worthShowing.length} updates while you were away`,
      description: "Open the notifications menu to see them.",
    });
    return;
  }
  for (const notification of worthShowing) {
    const summary = describeNotification(notification);
    showToast({
      title: summary.title,
      description: summary.body,
      href: summary.href,
      linkLabel: summary.linkLabel,
    });
  }
}

/** Where every notification goes, live or caught up: caches first, then the toasts. */
export function applyNotifications(
  queryClient: QueryClient,
  batch: RealtimeNotification[],
  source: "live" | "catch-up",
): void {
  for (const notification of batch) {
    storeNotification(queryClient, notification);
    if (notification.type === "message.new") receiveMessage(queryClient, notification);
    // A review is part of the order it is on: its page shows it at once.
    else if (notification.type === "order.updated" || notification.type === "review.new")
      receiveOrderUpdate(queryClient, notification);
    // A suspension or its lifting: the owner's gig list and pages show the new state at once.
    else if (notification.type === "gig.moderated")
      void queryClient.invalidateQueries({ queryKey: gigKeys.all });
  }
  announce(batch, source);
}
