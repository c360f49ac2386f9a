import { describe, expect, it } from "vitest";

import type { OrderEvent, OrderStatus } from "../../api/types";
import { lifecycleOf } from "../lifecycle-steps";

function event(
  from: OrderStatus | null,
  to: OrderStatus,
  action: OrderEvent["action"] = "place",
): OrderEvent {
  return {
    action,
    from_status: from,
    to_status: to,
    actor_id: null,
    reason: null,
    created_at: "2026-01-01T00:00:00Z",
    files: [],
  };
}

const states = (status: OrderStatus, events: OrderEvent[] = []) =>
  lifecycleOf(status, events).steps.map((step) => `${step.status}:${step.state}`);

describe("lifecycleOf", () => {
  it("starts with every step ahead", () => {
    expect(states("PENDING_PAYMENT")).toEqual([
      "PENDING_PAYMENT:current",
      "PAYMENT_SUBMITTED:upcoming",
      "PAYMENT_CONFIRMED:upcoming",
      "IN_PROGRESS:upcoming",
      "SUBMITTED:upcoming",
      "COMPLETED:upcoming",
    ]);
  });

  it("marks everything before the current step done", () => {
    expect(states("SUBMITTED")).toEqual([
      "PENDING_PAYMENT:done",
      "PAYMENT_SUBMITTED:done",
      "PAYMENT_CONFIRMED:done",
      "IN_PROGRESS:done",
      "SUBMITTED:current",
      "COMPLETED:upcoming",
    ]);
  });

  it("shows a revision in the place of In progress, and counts the loops", () => {
    const events = [
      event("SUBMITTED", "REVISION_REQUESTED"),
      event("REVISION_REQUESTED", "SUBMITTED"),
      event("SUBMITTED", "REVISION_REQUESTED"),
    ];
    const lifecycle = lifecycleOf("REVISION_REQUESTED", events);
    expect(lifecycle.revisions).toBe(2);
    expect(lifecycle.steps[3]).toEqual({
      status: "REVISION_REQUESTED",
      label: "Revision requested",
      state: "current",
    });
    expect(lifecycle.steps[4]?.state).toBe("upcoming");
  });

  it("ends a cancelled order where it was cancelled", () => {
    expect(
      states("CANCELLED", [event(null, "PENDING_PAYMENT"), event("PENDING_PAYMENT", "CANCELLED")]),
    ).toEqual(["PENDING_PAYMENT:done", "CANCELLED:cancelled"]);
  });

  it("ends an order an admin cancelled mid-way after the steps it reached", () => {
    expect(states("CANCELLED", [event("IN_PROGRESS", "CANCELLED", "force-cancel")])).toEqual([
      "PENDING_PAYMENT:done",
      "PAYMENT_SUBMITTED:done",
      "PAYMENT_CONFIRMED:done",
      "IN_PROGRESS:done",
      "CANCELLED:cancelled",
    ]);
  });

  it("marks the last step current once completed", () => {
    expect(states("COMPLETED").at(-1)).toBe("COMPLETED:current");
  });
});
