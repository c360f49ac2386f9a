import type { AppEnv } from "../env";

export interface RateLimitRule {
  /** seconds */
  window: number;
  max: number;
}

export type RateLimitRules = Record<string, RateLimitRule>;

/**
 * Per client IP, stored in the `rate_limits` table so every Next.js instance shares the counts.
 * The test stack signs up a fresh user per end-to-end test from one address, hence its roomier
 * limits; the database-backed 429 itself is proven by the auth integration test.
 */
export function rateLimitRulesFor(appEnv: AppEnv): RateLimitRules {
  if (appEnv === "test") {
    return {
      "/sign-in/email": { window: 60, max: 100 },
      "/sign-up/email": { window: 60, max: 100 },
    };
  }
  return {
    "/sign-in/email": { window: 60, max: 10 },
    "/sign-up/email": { window: 60, max: 5 },
  };
}
