import type { OrderEvent, OrderStatus } from "../api/types";
import { STATUS_LABEL } from "./statuses";

/**
 * The status stepper as data: the happy path of an order, where this order stands on it, and the
 * two detours (a revision loops back to "In progress"; a cancellation ends the path early).
 */

export type StepState = "done" | "current" | "upcoming" | "cancelled";

export interface LifecycleStep {
  /** The status this step stands for; "CANCELLED" only for the terminal step of a cancelled order. */
  status: OrderStatus;
  label: string;
  state: StepState;
}

export interface Lifecycle {
  steps: LifecycleStep[];
  /** How many times the client sent the work back. */
  revisions: number;
}

export const HAPPY_PATH: readonly OrderStatus[] = [
  "PENDING_PAYMENT",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
  "IN_PROGRESS",
  "SUBMITTED",
  "COMPLETED",
];

/** A revision is work owed again: on the path it sits where "In progress" does. */
function positionOf(status: OrderStatus): number {
  return HAPPY_PATH.indexOf(status === "REVISION_REQUESTED" ? "IN_PROGRESS" : status);
}

function step(status: OrderStatus, state: StepState): LifecycleStep {
  return { status, label: STATUS_LABEL[status], state };
}

/** The status a cancelled order was in when it was cancelled (from its timeline). */
function cancelledFrom(events: readonly OrderEvent[]): OrderStatus {
  const cancellation = events.findLast((event) => event.to_status === "CANCELLED");
  return cancellation?.from_status ?? "PENDING_PAYMENT";
}

export function lifecycleOf(status: OrderStatus, events: readonly OrderEvent[]): Lifecycle {
  const revisions = events.filter((event) => event.to_status === "REVISION_REQUESTED").length;

  if (status === "CANCELLED") {
    const reached = positionOf(cancelledFrom(events));
    const steps = HAPPY_PATH.slice(0, reached + 1).map((status) => step(status, "done"));
    return { steps: [...steps, step("CANCELLED", "cancelled")], revisions };
  }

  const current = positionOf(status);
  const steps = HAPPY_PATH.map((pathStatus, index) => {
    if (index < current) return step(pathStatus, "done");
    if (index > current) return step(pathStatus, "upcoming");
    // The current step shows the real status, so a revision reads "Revision requested".
    return step(status, "current");
  });
  return { steps, revisions };
}
