import type { EmailPreference } from "@/queries/email";

/** What each switch stops, in the words the unsubscribe page uses. */
export const WHAT_IT_STOPS: Record<EmailPreference, { name: string; description: string }> = {
  order_updates: {
    name: "order update emails",
    description: "the emails about each step of your orders (new orders, payments, deliveries)",
  },
  messages: {
    name: "unread message emails",
    description: "the emails about messages that wait unread for a while",
  },
  reminders: {
    name: "deadline reminder emails",
    description: "the reminders before an order's deadline",
  },
};
