import { isolate } from "../format/isolate";
import { eventTerms } from "../orders/vocabulary";
import type { RealtimeNotification } from "./frames";

/**
 * What a notification says and where it leads, for toasts and the notifications menu. The
 * payloads are written by the API (messages/service.py, orders/service.py `order_payload`,
 * admin/gig_moderation.py); a payload we cannot read still gets a generic line rather than
 * breaking the menu.
 */
export interface NotificationSummary {
  title: string;
  body: string | null;
  href: string | null;
  /** What the toast's link says ("Reply", "View order", ...). */
  linkLabel: string;
}

const PREVIEW_LENGTH = 140;

function text(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === "string" && value !== "" ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

export function preview(content: string): string {
  const oneLine = content.replace(/\s+/g, " ").trim();
  return oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH - 1)}…` : oneLine;
}

export interface MessageNotification {
  senderId: string;
  senderName: string;
}

/** The sender of a message.new notification, when the payload has one. */
export function messageSender(notification: RealtimeNotification): MessageNotification | null {
  if (notification.type !== "message.new") return null;
  const sender = record(notification.data.sender);
  const senderId = text(sender, "id");
  return senderId ? { senderId, senderName: text(sender, "full_name") ?? "Someone" } : null;
}

/** The kinds that are about one order and name it in `order_id`. */
const ORDER_KINDS = new Set(["order.updated", "order.reminder", "order.late", "review.new"]);

/** The order a notification is about, if it is about one. */
export function orderIdOf(notification: RealtimeNotification): string | null {
  return ORDER_KINDS.has(notification.type) ? text(notification.data, "order_id") : null;
}

/** An admin suspended one of the person's gigs, or lifted the suspension (gig.moderated). */
function describeGigModeration(data: Record<string, unknown>): NotificationSummary {
  const title = text(data, "gig_title");
  const gig = title ? `“${title}”` : "Your gig";
  const reason = text(data, "reason");
  const lifted = text(data, "action") === "reactivate";
  return {
    title: lifted
      ? `${gig}: suspension lifted by moderation`
      : `${gig} was suspended by moderation`,
    body: reason ? (lifted ? `It had been suspended for: ${reason}` : `Reason: ${reason}`) : null,
    href: "/dashboard/gigs",
    linkLabel: "View my gigs",
  };
}

function orderLink(notification: RealtimeNotification): string {
  const orderId = orderIdOf(notification);
  return orderId ? `/orders/${orderId}` : "/orders";
}

/** A day (or half the period) before the platform's deadline: sent to the client, once. */
function describeReminder(notification: RealtimeNotification): NotificationSummary {
  const reference = text(notification.data, "reference_code");
  const order = reference ? `Order ${reference}` : "An order";
  const completes = text(notification.data, "deadline") === "auto_complete";
  return {
    title: completes
      ? `${order} will be approved automatically soon`
      : `${order} will be cancelled soon if it is not paid`,
    body: text(notification.data, "gig_title"),
    href: orderLink(notification),
    linkLabel: completes ? "Review the delivery" : "Pay now",
  };
}

/** A message of files only, in the bell: "Sent 2 files". */
function filesPhrase(count: number): string {
  return count === 1 ? "Sent a file" : `Sent ${count} files`;
}

export function describeNotification(notification: RealtimeNotification): NotificationSummary {
  if (notification.type === "gig.moderated") return describeGigModeration(notification.data);
  if (notification.type === "message.new") {
    const sender = messageSender(notification);
    const message = record(notification.data.message);
    const content = text(message, "content");
    const files = Array.isArray(message.files) ? message.files.length : 0;
    return {
      title: `New message from ${sender ? isolate(sender.senderName) : "someone"}`,
      body: content ? preview(content) : files > 0 ? filesPhrase(files) : null,
      href: sender ? `/messages/${sender.senderId}` : "/messages",
      linkLabel: "Reply",
    };
  }
  if (notification.type === "order.updated") {
    const orderId = orderIdOf(notification);
    const reference = text(notification.data, "reference_code");
    const action = text(notification.data, "action");
    const phrase = (action && eventTerms(action)?.happened) ?? "updated";
    return {
      title: reference ? `Order ${reference}: ${phrase}` : `Order ${phrase}`,
      body: text(notification.data, "gig_title"),
      href: orderId ? `/orders/${orderId}` : "/orders",
      linkLabel: "View order",
    };
  }
  if (notification.type === "order.reminder") return describeReminder(notification);
  if (notification.type === "order.late") {
    const reference = text(notification.data, "reference_code");
    return {
      title: `${reference ? `Order ${reference}` : "An order"} is past its due date`,
      body: text(notification.data, "gig_title"),
      href: orderLink(notification),
      linkLabel: "View order",
    };
  }
  if (notification.type === "review.new") {
    const orderId = orderIdOf(notification);
    const name = text(notification.data, "reviewer_name");
    const reviewer = name ? isolate(name) : "The other party";
    const reference = text(notification.data, "reference_code");
    return {
      title: reference
        ? `Order ${reference}: ${reviewer} reviewed you`
        : `${reviewer} reviewed you`,
      body: text(notification.data, "gig_title"),
      href: orderId ? `/orders/${orderId}` : "/orders",
      linkLabel: "Read the review",
    };
  }
  return { title: "New notification", body: null, href: null, linkLabel: "Open" };
}
