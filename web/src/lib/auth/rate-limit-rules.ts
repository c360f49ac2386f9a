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
      "/request-password-reset": { window: 60, max: 100 },
      "/reset-password": { window: 60, max: 100 },
      "/send-verification-email": { window: 60, max: 100 },
      "/change-password": { window: 60, max: 100 },
    };
  }
  return {
    "/sign-in/email": { window: 60, max: 10 },
    "/sign-up/email": { window: 60, max: 5 },
    // Account mail: per address asked for as well (./password-reset-plugin.ts,
    // ./email-verification-plugin.ts); these bound one client spraying many addresses.
    "/request-password-reset": { window: 60, max: 5 },
    "/send-verification-email": { window: 60, max: 5 },
    "/reset-password": { window: 60, max: 10 },
    // Per account as well (./change-password-endpoint.ts).
    "/change-password": { window: 60, max: 10 },
  };
}
