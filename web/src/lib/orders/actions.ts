import type { OrderAction } from "../api/types";

/**
 * How each order action is offered on the order page: the button, the confirmation dialog, and
 * what the person must type. The rules (who may act, when) live in the API; the page shows only
 * the actions the API lists in `available_actions`.
 */

export type ActionInput =
  | { kind: "none" }
  | { kind: "text"; name: "reason" | "note"; label: string; required: boolean; hint: string };

export interface ActionCopy {
  button: string;
  title: string;
  description: string;
  confirm: string;
  /** Destructive or money-affecting moves get the cautionary style. */
  tone: "primary" | "danger";
  input: ActionInput;
}

const NO_INPUT: ActionInput = { kind: "none" };
const MAX_TEXT = 2000;
export const MAX_NOTE = 5000;

/** Every action but submit-payment, which is the payment-proof form rather than a button. */
export type ButtonAction = Exclude<OrderAction, "submit-payment">;

export const ACTION_COPY: Record<ButtonAction, ActionCopy> = {
  "confirm-payment": {
    button: "Confirm payment received",
    title: "Confirm you received the payment?",
    description:
      "Check your bank or wallet first: the transfer must have arrived with the order's reference code. This cannot be undone.",
    confirm: "Yes, I received it",
    tone: "primary",
    input: NO_INPUT,
  },
  "reject-payment": {
    button: "Reject payment",
    title: "Reject this payment proof?",
    description: "The client will see your reason and can submit a new proof.",
    confirm: "Reject payment",
    tone: "danger",
    input: {
      kind: "text",
      name: "reason",
      label: "Reason",
      required: true,
      hint: "For example: no transfer with this transaction ID has arrived.",
    },
  },
  "start-work": {
    button: "Start work",
    title: "Start working on this order?",
    description: "The delivery clock starts now; the due date is set from the gig's delivery time.",
    confirm: "Start work",
    tone: "primary",
    input: NO_INPUT,
  },
  "submit-work": {
    button: "Deliver work",
    title: "Deliver your work?",
    description: "The client will review it and either approve it or ask for a revision.",
    confirm: "Deliver work",
    tone: "primary",
    input: {
      kind: "text",
      name: "note",
      label: "Note to the client (optional)",
      required: false,
      hint: "Where to find the files, what changed, anything they should know.",
    },
  },
  "request-revision": {
    button: "Request revision",
    title: "Ask for a revision?",
    description: "The work goes back to the freelancer with your explanation.",
    confirm: "Request revision",
    tone: "primary",
    input: {
      kind: "text",
      name: "reason",
      label: "What needs to change",
      required: true,
      hint: "Be specific, so the next delivery is the right one.",
    },
  },
  approve: {
    button: "Approve work",
    title: "Approve the work and complete the order?",
    description: "The order is then complete and cannot be reopened. You can both leave a review.",
    confirm: "Approve and complete",
    tone: "primary",
    input: NO_INPUT,
  },
  cancel: {
    button: "Cancel order",
    title: "Cancel this order?",
    description: "Only do this if you have not paid. A cancelled order cannot be reopened.",
    confirm: "Cancel order",
    tone: "danger",
    input: { kind: "text", name: "reason", label: "Reason (optional)", required: false, hint: "" },
  },
  "force-complete": {
    button: "Mark completed (admin)",
    title: "Mark this order completed?",
    description: "An admin override: it closes the order and resolves its open disputes.",
    confirm: "Mark completed",
    tone: "danger",
    input: { kind: "text", name: "reason", label: "Reason", required: true, hint: "Audited." },
  },
  "force-cancel": {
    button: "Cancel order (admin)",
    title: "Cancel this order as an admin?",
    description: "An admin override: it closes the order and resolves its open disputes.",
    confirm: "Cancel order",
    tone: "danger",
    input: { kind: "text", name: "reason", label: "Reason", required: true, hint: "Audited." },
  },
};

export function maxLengthFor(input: ActionInput): number {
  return input.kind === "text" && input.name === "note" ? MAX_NOTE : MAX_TEXT;
}

export function isButtonAction(action: OrderAction): action is ButtonAction {
  return action !== "submit-payment";
}

/** What the timeline says each action did ("Ada confirmed the payment"). */
export const EVENT_VERB: Record<string, string> = {
  place: "placed the order",
  "submit-payment": "submitted a payment proof",
  "reject-payment": "rejected the payment proof",
  "confirm-payment": "confirmed the payment",
  "start-work": "started work",
  "submit-work": "delivered the work",
  "request-revision": "asked for a revision",
  approve: "approved the work",
  cancel: "cancelled the order",
  "force-complete": "closed the order as completed",
  "force-cancel": "cancelled the order",
};
