import { describe, expect, it } from "vitest";

import { DEFAULT_BACKOFF, reconnectDelay } from "../backoff";

describe("reconnectDelay", () => {
  it("doubles its ceiling with each attempt up to the cap", () => {
    const atTheCeiling = () => 0.999999;
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 10].map((attempt) =>
      Math.round(reconnectDelay(attempt, atTheCeiling) / 1000),
    );
    expect(ceilings).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it("draws uniformly below the ceiling (full jitter) but never below the floor", () => {
    expect(reconnectDelay(3, () => 0.5)).toBe(4_000);
    expect(reconnectDelay(3, () => 0)).toBe(DEFAULT_BACKOFF.floorMs);
  });
});
