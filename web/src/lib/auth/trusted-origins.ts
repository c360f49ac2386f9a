import type { Env } from "../env";

/**
 * Better Auth checks the Origin of every cookie-bearing POST against these. Outside production the
 * same dev server is reached as both `localhost` and `127.0.0.1` (browsers, Playwright), so both
 * spellings of BETTER_AUTH_URL's origin are trusted there.
 */
export function trustedOriginsFor(env: Pick<Env, "APP_ENV" | "BETTER_AUTH_URL">): string[] {
  const origin = new URL(env.BETTER_AUTH_URL).origin;
  if (env.APP_ENV === "production") return [origin];
  const twin = origin.includes("://localhost")
    ? origin.replace("://localhost", "://127.0.0.1")
    : origin.replace("://127.0.0.1", "://localhost");
  return twin === origin ? [origin] : [origin, twin];
}
