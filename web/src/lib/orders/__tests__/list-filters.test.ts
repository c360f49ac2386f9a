import { describe, expect, it } from "vitest";

import { orderListHref, parseOrderListFilters, statusesFor } from "../list-filters";

describe("parseOrderListFilters", () => {
  it("defaults to buying, every status", () => {
    expect(parseOrderListFilters({})).toEqual({ role: "client", status: "all" });
  });

  it("reads the selling tab and a status", () => {
    expect(parseOrderListFilters({ role: "freelancer", status: "SUBMITTED" })).toEqual({
      role: "freelancer",
      status: "SUBMITTED",
    });
  });

  it.each([
    [{ role: "admin", status: "nonsense" }],
    [{ role: ["freelancer", "client"], status: ["bogus"] }],
    [{ status: "submitted" }],
  ])("falls back to the defaults for what it does not know: %j", (params) => {
    const filters = parseOrderListFilters(params);
    expect(filters.status).toBe("all");
  });

  it("takes the first of repeated parameters", () => {
    expect(parseOrderListFilters({ role: ["freelancer", "client"] }).role).toBe("freelancer");
  });
});

describe("statusesFor", () => {
  it("asks for everything when unfiltered", () => {
    expect(statusesFor({ role: "client", status: "all" })).toEqual([]);
  });

  it("turns 'needs your action' into the statuses where that side moves next", () => {
    expect(statusesFor({ role: "client", status: "action" })).toEqual([
      "PENDING_PAYMENT",
      "SUBMITTED",
    ]);
    expect(statusesFor({ role: "freelancer", status: "action" })).toEqual([
      "PAYMENT_SUBMITTED",
      "PAYMENT_CONFIRMED",
      "IN_PROGRESS",
      "REVISION_REQUESTED",
    ]);
  });

  it("treats 'active' as every open status", () => {
    expect(statusesFor({ role: "client", status: "active" })).not.toContain("COMPLETED");
    expect(statusesFor({ role: "client", status: "active" })).toHaveLength(6);
  });

  it("passes a single status through", () => {
    expect(statusesFor({ role: "client", status: "CANCELLED" })).toEqual(["CANCELLED"]);
  });
});

describe("orderListHref", () => {
  it("leaves the defaults out of the URL", () => {
    expect(orderListHref({ role: "client", status: "all" })).toBe("/orders");
  });

  it("round-trips through the parser", () => {
    const filters = { role: "freelancer", status: "action" } as const;
    const href = orderListHref(filters);
    expect(href).toBe("/orders?role=freelancer&status=action");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseOrderListFilters(params)).toEqual(filters);
  });
});
