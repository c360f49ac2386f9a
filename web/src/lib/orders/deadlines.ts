import type { OrderListItem, OrderRole } from "../api/types";
import { formatDuration } from "../format/duration";

/**
 * The platform's own deadline on an order (DESIGN §13): an unpaid order is cancelled at
 * `expires_at`, a delivery nobody answers is approved at `auto_completes_at`. The API sets at most
 * one of them, and neither while a dispute is open, so the web only words what it is given.
 */
export type DeadlineKind = "expiry" | "auto-complete";

export interface OrderDeadline {
  kind: DeadlineKind;
  at: string;
}

type WithDeadlines = Pick<OrderListItem, "expires_at" | "auto_completes_at">;

export function orderDeadline(order: WithDeadlines): OrderDeadline | null {
  if (order.auto_completes_at) return { kind: "auto-complete", at: order.auto_completes_at };
  if (order.expires_at) return { kind: "expiry", at: order.expires_at };
  return null;
}

/** What stops the deadline, in the words of the person reading ("unless you …"). */
const UNLESS: Record<DeadlineKind, Partial<Record<OrderRole, string>>> = {
  "auto-complete": {
    client: "unless you approve or ask for a revision",
    freelancer: "unless the client approves or asks for a revision first",
  },
  expiry: {
    client: "unless you submit your payment",
    freelancer: "unless the client submits a payment",
  },
};

const FALLBACK_UNLESS: Record<DeadlineKind, string> = {
  "auto-complete": "unless the client approves or asks for a revision",
  expiry: "unless the client submits a payment",
};

export interface DeadlineWording {
  /** "Completes automatically", followed by when. */
  lead: string;
  /** "unless you approve or ask for a revision". */
  unless: string;
  /** The sentence once the moment has passed (the sweep is a minute or so away). */
  overdue: string;
}

export function deadlineWording(kind: DeadlineKind, viewer: OrderRole): DeadlineWording {
  const completes = kind === "auto-complete";
  return {
    lead: completes ? "Completes automatically" : "Cancels automatically",
    unless: UNLESS[kind][viewer] ?? FALLBACK_UNLESS[kind],
    overdue: completes
      ? "Completing automatically now: the delivery was not answered in time."
      : "Cancelling now: the order was not paid in time.",
  };
}

/** "Completes automatically in 2 days 4 h unless you approve or ask for a revision." */
export function deadlineSentence(deadline: OrderDeadline, viewer: OrderRole, now: number): string {
  const wording = deadlineWording(deadline.kind, viewer);
  const left = new Date(deadline.at).getTime() - now;
  if (left <= 0) return wording.overdue;
  return `${wording.lead} in ${formatDuration(left)} ${wording.unless}.`;
}
