import { describe, expect, it } from "vitest";

import { ApiError } from "../../api/errors";
import { sendErrorMessage } from "../send-error";

describe("sendErrorMessage", () => {
  it("shows the rate limit as the API words it", () => {
    const limited = new ApiError(429, {
      detail: "You can send at most 30 messages a minute; please wait a moment",
      code: "rate_limited",
    });
    expect(sendErrorMessage(limited)).toBe(
      "You can send at most 30 messages a minute; please wait a moment",
    );
  });

  it("shows the field's validation message", () => {
    const tooLong = new ApiError(422, {
      detail: "content: String should have at most 5000 characters",
      code: "validation_failed",
      errors: [{ field: "content", message: "String should have at most 5000 characters" }],
    });
    expect(sendErrorMessage(tooLong)).toBe("String should have at most 5000 characters");
  });

  it("explains network failures and server errors", () => {
    expect(sendErrorMessage(new TypeError("Failed to fetch"))).toMatch(/could not reach/);
    expect(sendErrorMessage(new ApiError(502, undefined))).toMatch(/had a problem/);
  });
});
