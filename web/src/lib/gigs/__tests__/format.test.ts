import { describe, expect, it } from "vitest";

import {
  formatDelivery,
  formatGigCount,
  formatPrice,
  formatRevisions,
  isSuspended,
  summarizeRating,
} from "../format";

describe("formatPrice", () => {
  it.each([
    ["49.00", "$49.00"],
    ["1.00", "$1.00"],
    ["1250.50", "$1,250.50"],
    ["100000.00", "$100,000.00"],
    ["999999.99", "$999,999.99"],
    ["5", "$5.00"],
    ["5.5", "$5.50"],
  ])("formats %s as %s", (price, expected) => {
    expect(formatPrice(price)).toBe(expected);
  });
});

describe("formatRevisions", () => {
  it("says none, one or how many", () => {
    expect([0, 1, 3].map(formatRevisions)).toEqual([
      "No revisions included",
      "1 revision included",
      "3 revisions included",
    ]);
  });
});

describe("formatDelivery", () => {
  it("uses the singular for one day", () => {
    expect(formatDelivery(1)).toBe("1-day delivery");
    expect(formatDelivery(14)).toBe("14-day delivery");
  });
});

describe("summarizeRating", () => {
  it("says New when there are no reviews", () => {
    expect(summarizeRating("0.00", 0)).toEqual({
      short: "New",
      spoken: "New, no reviews yet",
      count: 0,
    });
  });

  it("rounds to one decimal and spells the count", () => {
    expect(summarizeRating("4.86", 12).short).toBe("4.9");
    expect(summarizeRating("4.80", 12).spoken).toBe("Rated 4.8 out of 5 from 12 reviews");
    expect(summarizeRating("5.00", 1).spoken).toBe("Rated 5.0 out of 5 from 1 review");
  });
});

describe("isSuspended", () => {
  it("is true only for a gig moderation suspended (the public gets null)", () => {
    expect(isSuspended({ moderation_status: "suspended" })).toBe(true);
    expect(isSuspended({ moderation_status: "active" })).toBe(false);
    expect(isSuspended({ moderation_status: null })).toBe(false);
    expect(isSuspended({})).toBe(false);
  });
});

describe("formatGigCount", () => {
  it("says how many, with a plus beyond what the API counts", () => {
    expect(formatGigCount(0, false)).toBe("0 gigs");
    expect(formatGigCount(1, false)).toBe("1 gig");
    expect(formatGigCount(12, false)).toBe("12 gigs");
    expect(formatGigCount(1000, true)).toBe("1,000+ gigs");
  });
});
