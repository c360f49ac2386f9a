import { describe, expect, it } from "vitest";

import {
  auditActionLabel,
  auditDetailLines,
  auditTargetHref,
  auditTargetLabel,
  shortId,
} from "../format";

const ORDER_ID = "8c1f2f0e-3b7a-4c55-9d0e-2f1a6b7c8d9e";

describe("audit log entries as people read them", () => {
  it("names the known actions and shows unknown ones as their code", () => {
    expect(auditActionLabel("user.ban")).toBe("Banned a user");
    expect(auditActionLabel("order.override_status")).toBe("Overrode an order's status");
    expect(auditActionLabel("gig.feature")).toBe("gig.feature");
  });

  it("spells out an override: the status change with labels, then the reason", () => {
    const details = { from_status: "IN_PROGRESS", to_status: "CANCELLED", reason: "Refunded" };
    expect(auditDetailLines({ details })).toEqual([
      "Status: In progress → Cancelled",
      "Reason: Refunded",
    ]);
  });

  it("shows a gig's title, a ban's reason, and nothing for an unban", () => {
    expect(auditDetailLines({ details: { title: "I will design your logo" } })).toEqual([
      "Gig: I will design your logo",
    ]);
    expect(auditDetailLines({ details: { reason: "Spam" } })).toEqual(["Reason: Spam"]);
    expect(auditDetailLines({ details: {} })).toEqual([]);
  });

  it("keeps details it does not understand readable rather than failing", () => {
    expect(auditDetailLines({ details: { to_status: "ARCHIVED", reason: 42, title: "" } })).toEqual(
      ["Status: ARCHIVED"],
    );
  });

  it("links orders and gigs to their pages, and people to their row in the admin users table", () => {
    const entry = { target_id: ORDER_ID, target_label: "Ada Lovelace" };
    expect(auditTargetHref({ ...entry, target_type: "order" })).toBe(`/orders/${ORDER_ID}`);
    expect(auditTargetHref({ ...entry, target_type: "gig" })).toBe(`/gigs/${ORDER_ID}`);
    expect(auditTargetHref({ ...entry, target_type: "user" })).toBe("/admin/users?q=Ada+Lovelace");
    expect(auditTargetHref({ ...entry, target_type: "user", target_label: null })).toBeNull();
    expect(auditTargetHref({ ...entry, target_type: "payout" })).toBeNull();
  });

  it("names the target as the API does, and falls back to a short id when it cannot", () => {
    const entry = { target_type: "order", target_id: ORDER_ID };
    expect(auditTargetLabel({ ...entry, target_label: "DM-7K2QX9PA · Logo design" })).toBe(
      "DM-7K2QX9PA · Logo design",
    );
    expect(auditTargetLabel({ ...entry, target_label: null })).toBe("order 8c1f2f0e");
    expect(shortId(ORDER_ID)).toBe("8c1f2f0e");
  });
});
