import { describe, expect, it } from "vitest";

import { ApiError } from "../../api/errors";
import { retryDelay, shouldRetry } from "../query-client";

describe("query retries", () => {
  it("never retries a refusal", () => {
    expect(shouldRetry(0, new ApiError(404, { detail: "Not found", code: "not_found" }))).toBe(
      false,
    );
    expect(
      shouldRetry(
        0,
        new ApiError(422, { detail: "Invalid", code: "validation_failed", errors: [] }),
      ),
    ).toBe(false);
  });

  it("retries other failures twice", () => {
    expect(shouldRetry(1, new ApiError(500, undefined))).toBe(true);
    expect(shouldRetry(2, new ApiError(500, undefined))).toBe(false);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(true);
  });

  it("keeps trying for about as long as a sleeping API takes to wake up", () => {
    const waking = new ApiError(502, undefined);
    let tries = 0;
    let waitedMs = 0;
    while (shouldRetry(tries, waking)) {
      tries += 1;
      waitedMs += retryDelay(tries);
    }
    expect(waitedMs).toBeGreaterThanOrEqual(40_000);
    expect(waitedMs).toBeLessThanOrEqual(60_000);
    expect(Math.max(...[1, 2, 3, 4, 5, 6, 7].map(retryDelay))).toBe(8_000);
  });
});
