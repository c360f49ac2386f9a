import { describe, expect, it } from "vitest";

import { ApiError } from "../../api/errors";
import { sendErrorMessage } from "../send-error";

describe("sendErrorMessage", () => {
  it("shows the rate limit as the API words it", () => {
    const limited = new ApiError(
      429,
      "You can send at most 30 messages a minute; please wait a moment",
    );
    expect(sendErrorMessage(limited)).toBe(
      "You can send at most 30 messages a minute; please wait a moment",
    );
  });

  it("shows a validation message without Pydantic's prefix", () => {
    const tooLong = new ApiError(422, [
      { loc: ["body", "content"], msg: "String should have at most 5000 characters", type: "x" },
    ]);
    expect(sendErrorMessage(tooLong)).toBe("String should have at most 5000 characters");
  });

  it("explains network failures and server errors", () => {
    expect(sendErrorMessage(new TypeError("Failed to fetch"))).toMatch(/could not reach/);
    expect(sendErrorMessage(new ApiError(502, undefined))).toMatch(/had a problem/);
  });
});
