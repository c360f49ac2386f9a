import { API_LIMITS } from "../api/limits";
import { MAX_FILES } from "../files/limits";
import type { OrderAction, OrderEventAction, OrderOverride, OrderRole } from "../api/types";

/**
 * The order's vocabulary in one table: for each action of the API's state machine, who takes it,
 * how the web sends it, how the order page offers it, and how the timeline and notifications say
 * it happened. The rules (who may act, when) live in the API; the page offers only the actions the
 * API lists in `available_actions`. Typed `Record<OrderAction, …>` (and the other timeline events by
 * the API's `EventAction`): an action added to the API's types without an entry here does not
 * compile.
 */

/** What the person types to take an action: nothing, or a reason or note sent as that field. */
export type ActionInput =
  | { kind: "none" }
  | { kind: "text"; name: "reason" | "note"; label: string; required: boolean; hint: string };

/** The button on the order page and the confirmation dialog it opens. */
export interface ActionCopy {
  button: string;
  title: string;
  description: string;
  confirm: string;
  /** Destructive or money-affecting moves get the cautionary style. */
  tone: "primary" | "danger";
  input: ActionInput;
  /** Files the action carries (a delivery's), sent as `file_ids`. */
  attachments?: { label: string; max: number };
}

export type OverrideStatus = OrderOverride["status"];

/** How the web sends an action: the endpoint, and what its body carries. */
export type ActionEndpoint =
  | { kind: "payment-proof"; path: "/orders/{order_id}/submit-payment" }
  | {
      kind: "transition";
      path:
        | "/orders/{order_id}/confirm-payment"
        | "/orders/{order_id}/start-work"
        | "/orders/{order_id}/approve";
      body: "none";
    }
  | {
      kind: "transition";
      path:
        | "/orders/{order_id}/reject-payment"
        | "/orders/{order_id}/request-revision"
        | "/orders/{order_id}/cancel";
      body: "reason";
    }
  | { kind: "transition"; path: "/orders/{order_id}/submit-work"; body: "note" }
  | { kind: "override"; path: "/admin/orders/{order_id}/status"; status: OverrideStatus }
  /** The platform's own moves when a deadline passes (DESIGN §13): no endpoint, no button. */
  | { kind: "system" };

/** How an event on the order is told: the timeline's verb and the notification's phrase. */
export interface EventTerms {
  /** Past tense after the actor's name: "Ada confirmed the payment". */
  did: string;
  /** A notification's headline: "Order DM-7K3Q: payment confirmed". */
  happened: string;
}

export interface ActionTerms extends EventTerms {
  /** The only side that may take it (the API's ACTION_ACTOR). */
  actor: OrderRole;
  endpoint: ActionEndpoint;
  /** null for submit-payment, which is the payment-proof form rather than a button. */
  copy: ActionCopy | null;
}

const NO_INPUT: ActionInput = { kind: "none" };
const MAX_TEXT = API_LIMITS.ReasonIn.reason.max;
const MAX_NOTE = API_LIMITS.WorkSubmissionIn.note.max;

const ADMIN_REASON: ActionInput = {
  kind: "text",
  name: "reason",
  label: "Reason",
  required: true,
  hint: "Audited.",
};

const ADMIN_OVERRIDE = "An admin override: it closes the order and resolves its open disputes.";

export const ORDER_ACTIONS: Record<OrderAction, ActionTerms> = {
  "submit-payment": {
    actor: "client",
    endpoint: { kind: "payment-proof", path: "/orders/{order_id}/submit-payment" },
    did: "submitted a payment proof",
    happened: "payment proof submitted",
    copy: null,
  },
  "reject-payment": {
    actor: "freelancer",
    endpoint: { kind: "transition", path: "/orders/{order_id}/reject-payment", body: "reason" },
    did: "rejected the payment proof",
    happened: "payment proof rejected",
    copy: {
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
  },
  "confirm-payment": {
    actor: "freelancer",
    endpoint: { kind: "transition", path: "/orders/{order_id}/confirm-payment", body: "none" },
    did: "confirmed the payment",
    happened: "payment confirmed",
    copy: {
      button: "Confirm payment received",
      title: "Confirm you received the payment?",
      description:
        "Check your bank or wallet first: the transfer must have arrived with the order's reference code. This cannot be undone.",
      confirm: "Yes, I received it",
      tone: "primary",
      input: NO_INPUT,
    },
  },
  "start-work": {
    actor: "freelancer",
    endpoint: { kind: "transition", path: "/orders/{order_id}/start-work", body: "none" },
    did: "started work",
    happened: "work started",
    copy: {
      button: "Start work",
      title: "Start working on this order?",
      description:
        "The delivery clock starts now; the due date is set from the gig's delivery time.",
      confirm: "Start work",
      tone: "primary",
      input: NO_INPUT,
    },
  },
  "submit-work": {
    actor: "freelancer",
    endpoint: { kind: "transition", path: "/orders/{order_id}/submit-work", body: "note" },
    did: "delivered the work",
    happened: "work delivered",
    copy: {
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
        hint: "What is in the files, what changed, anything they should know.",
      },
      attachments: { label: "Files for the client (optional)", max: MAX_FILES.delivery },
    },
  },
  "request-revision": {
    actor: "client",
    endpoint: { kind: "transition", path: "/orders/{order_id}/request-revision", body: "reason" },
    did: "asked for a revision",
    happened: "revision requested",
    copy: {
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
  },
  approve: {
    actor: "client",
    endpoint: { kind: "transition", path: "/orders/{order_id}/approve", body: "none" },
    did: "approved the work",
    happened: "work approved, order completed",
    copy: {
      button: "Approve work",
      title: "Approve the work and complete the order?",
      description:
        "The order is then complete and cannot be reopened. You can both leave a review.",
      confirm: "Approve and complete",
      tone: "primary",
      input: NO_INPUT,
    },
  },
  cancel: {
    actor: "client",
    endpoint: { kind: "transition", path: "/orders/{order_id}/cancel", body: "reason" },
    did: "cancelled the order",
    happened: "order cancelled",
    copy: {
      button: "Cancel order",
      title: "Cancel this order?",
      description: "Only do this if you have not paid. A cancelled order cannot be reopened.",
      confirm: "Cancel order",
      tone: "danger",
      input: {
        kind: "text",
        name: "reason",
        label: "Reason (optional)",
        required: false,
        hint: "",
      },
    },
  },
  "force-complete": {
    actor: "admin",
    endpoint: { kind: "override", path: "/admin/orders/{order_id}/status", status: "COMPLETED" },
    did: "closed the order as completed",
    happened: "completed by an admin",
    copy: {
      button: "Mark completed (admin)",
      title: "Mark this order completed?",
      description: ADMIN_OVERRIDE,
      confirm: "Mark completed",
      tone: "danger",
      input: ADMIN_REASON,
    },
  },
  "force-cancel": {
    actor: "admin",
    endpoint: { kind: "override", path: "/admin/orders/{order_id}/status", status: "CANCELLED" },
    did: "cancelled the order",
    happened: "cancelled by an admin",
    copy: {
      button: "Cancel order (admin)",
      title: "Cancel this order as an admin?",
      description: ADMIN_OVERRIDE,
      confirm: "Cancel order",
      tone: "danger",
      input: ADMIN_REASON,
    },
  },
  expire: {
    actor: "system",
    endpoint: { kind: "system" },
    did: "cancelled the order because it was not paid in time",
    happened: "cancelled automatically (not paid in time)",
    copy: null,
  },
  "auto-complete": {
    actor: "system",
    endpoint: { kind: "system" },
    did: "approved the delivery automatically",
    happened: "completed automatically",
    copy: null,
  },
};

/** Events on an order's timeline that are not actions of the state machine. */
const OTHER_EVENTS: Record<Exclude<OrderEventAction, OrderAction>, EventTerms> = {
  place: { did: "placed the order", happened: "new order received" },
  dispute: { did: "reported a problem", happened: "a problem was reported" },
};

function isOrderAction(name: string): name is OrderAction {
  return Object.hasOwn(ORDER_ACTIONS, name);
}

/** How an event named `name` (an order event's `action`, a notification's) is told; null if unknown. */
export function eventTerms(name: string): EventTerms | null {
  if (isOrderAction(name)) return ORDER_ACTIONS[name];
  return Object.hasOwn(OTHER_EVENTS, name) ? OTHER_EVENTS[name as keyof typeof OTHER_EVENTS] : null;
}

/** Every action the order page offers as a button (all but submit-payment, the proof form). */
export type ButtonAction = Exclude<OrderAction, "submit-payment">;

export function isButtonAction(action: OrderAction): action is ButtonAction {
  return ORDER_ACTIONS[action].copy !== null;
}

/** The button and dialog of an action the page offers. */
export function actionCopy(action: ButtonAction): ActionCopy {
  const { copy } = ORDER_ACTIONS[action];
  if (!copy) throw new Error(`${action} is not offered as a button`);
  return copy;
}

export function maxLengthFor(input: ActionInput): number {
  return input.kind === "text" && input.name === "note" ? MAX_NOTE : MAX_TEXT;
}
