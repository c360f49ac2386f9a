import { describe, expect, it } from "vitest";

import { rateLimitRulesFor } from "../rate-limit-rules";
import { trustedOriginsFor } from "../trusted-origins";

describe("trustedOriginsFor", () => {
  it("trusts both spellings of a local origin outside production", () => {
    expect(
      trustedOriginsFor({ APP_ENV: "test", BETTER_AUTH_URL: "http://localhost:3100" }),
    ).toEqual(["http://localhost:3100", "http://127.0.0.1:3100"]);
  });

  it("trusts only the configured origin in production", () => {
    expect(
      trustedOriginsFor({
        APP_ENV: "production",
        BETTER_AUTH_URL: "https://devmarket.example/app",
      }),
    ).toEqual(["https://devmarket.example"]);
  });
});

describe("rateLimitRulesFor", () => {
  it("limits sign-in and sign-up per minute, roomier for the test stack", () => {
    expect(rateLimitRulesFor("production")["/sign-in/email"]).toEqual({ window: 60, max: 10 });
    expect(rateLimitRulesFor("production")["/sign-up/email"]).toEqual({ window: 60, max: 5 });
    expect(rateLimitRulesFor("test")["/sign-in/email"]?.max).toBeGreaterThan(10);
  });
});
