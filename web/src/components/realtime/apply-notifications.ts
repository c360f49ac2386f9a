import type { QueryClient } from "@tanstack/react-query";

import { showToast } from "@/components/ui/toast-store";
import type { Message } from "@/lib/api/types";
import { bellOrderId, isBellNotification } from "@/lib/realtime/bell";
import { describeNotification, messageSender } from "@/lib/realtime/describe";
import type { RealtimeNotification } from "@/lib/realtime/frames";
import { gigKeys } from "@/queries/gigs";
import { messageKeys, refreshUnread, storeMessage } from "@/queries/messages";
import { markNotificationsRead, storeNotification } from "@/queries/notifications";
import { orderKeys } from "@/queries/orders";

import { isOnScreen, type Screen } from "./on-screen";

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
 * A new message: show it in its conversation at once and refetch the conversation if it is on
 * screen. When the person is reading that conversation, its reading hook records the message read
 * and refreshes the badges itself, so the Messages badge never counts a message on screen; anywhere
 * else (or in a hidden tab, which only marks the conversation stale) the badges refresh now.
 */
function receiveMessage(
  queryClient: QueryClient,
  notification: RealtimeNotification,
  { isVisible, isRead }: { isVisible: boolean; isRead: boolean },
): void {
  const sender = messageSender(notification);
  if (!sender) {
    refreshUnread(queryClient);
    return;
  }
  if (isMessage(notification.data.message)) {
    const message = notification.data.message;
    // A frame without a file list (an older API) still shows as a message without files.
    const files = Array.isArray(message.files) ? message.files : [];
    storeMessage(queryClient, sender.senderId, { ...message, files });
  }
  void queryClient.invalidateQueries({
    queryKey: messageKeys.conversation(sender.senderId),
    refetchType: isVisible ? "active" : "none",
  });
  if (!isRead) refreshUnread(queryClient);
}

function receiveOrderUpdate(queryClient: QueryClient, notification: RealtimeNotification): void {
  const orderId = bellOrderId(notification);
  if (orderId) void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
  void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: orderKeys.summary() });
}

/** No toast for what the page on screen already shows live (even in a hidden tab: it is there). */
function announce(
  batch: RealtimeNotification[],
  source: "live" | "catch-up",
  screen: Screen,
): void {
  const worthShowing = batch.filter((n) => !isOnScreen(n, screen.pathname));
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

/**
 * Where every notification goes, live or caught up: caches first, then the toasts. What the page in
 * a visible tab shows already is read as it arrives: it never raises the bell (its order page
 * records the reading) nor the Messages badge (the thread's reading hook does).
 */
export function applyNotifications(
  queryClient: QueryClient,
  batch: RealtimeNotification[],
  source: "live" | "catch-up",
  screen: Screen,
): void {
  const readHere: number[] = [];
  for (const notification of batch) {
    const isRead = screen.isVisible && isOnScreen(notification, screen.pathname);
    storeNotification(queryClient, notification, isRead);
    if (isRead && isBellNotification(notification)) readHere.push(notification.id);
    if (notification.type === "message.new")
      receiveMessage(queryClient, notification, { isVisible: screen.isVisible, isRead });
    else if (bellOrderId(notification) !== null) receiveOrderUpdate(queryClient, notification);
    // A suspension or its lifting: the owner's gig list and pages show the new state at once.
    else if (notification.type === "gig.moderated")
      void queryClient.invalidateQueries({ queryKey: gigKeys.all });
  }
  if (readHere.length > 0) {
    // A failure leaves them unread on the server; the order page's next visit clears them.
    markNotificationsRead(queryClient, { ids: readHere }).catch(() => undefined);
  }
  announce(batch, source, screen);
}
