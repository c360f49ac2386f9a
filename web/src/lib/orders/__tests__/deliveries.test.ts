import { describe, expect, it } from "vitest";

import type { OrderEvent } from "../../api/types";
import { deliveriesOf } from "../deliveries";

function event(action: OrderEvent["action"], reason: string | null, minute: number): OrderEvent {
  return {
    action,
    reason,
    actor_id: null,
    from_status: null,
    to_status: "IN_PROGRESS",
    created_at: `2026-05-01T10:${String(minute).padStart(2, "0")}:00Z`,
    files: [],
  };
}

describe("deliveriesOf", () => {
  it("is empty before any delivery", () => {
    expect(deliveriesOf([event("place", null, 0), event("start-work", null, 1)])).toEqual([]);
  });

  it("lists deliveries newest first, each with the revision asked for after it", () => {
    const deliveries = deliveriesOf([
      event("place", "brief", 0),
      event("submit-work", "First cut: https://x.example.com/v1", 1),
      event("request-revision", "Bigger logo", 2),
      event("submit-work", "Second cut", 3),
    ]);
    expect(deliveries).toEqual([
      {
        number: 2,
        note: "Second cut",
        files: [],
        deliveredAt: "2026-05-01T10:03:00Z",
        revisionRequest: null,
      },
      {
        number: 1,
        note: "First cut: https://x.example.com/v1",
        files: [],
        deliveredAt: "2026-05-01T10:01:00Z",
        revisionRequest: { reason: "Bigger logo", at: "2026-05-01T10:02:00Z" },
      },
    ]);
  });

  it("carries each delivery's files", () => {
    const file = {
      id: "f1",
      name: "logo.png",
      content_type: "image/png",
      size: 2048,
      url: "/files/f1",
      thumbnail_url: "/files/f1/thumbnail",
    };
    const delivered = { ...event("submit-work", null, 1), files: [file] };
    expect(deliveriesOf([delivered])[0]?.files).toEqual([file]);
  });

  it("treats a delivery without a note as an empty note", () => {
    expect(deliveriesOf([event("submit-work", null, 1)])[0]?.note).toBe("");
  });
});
