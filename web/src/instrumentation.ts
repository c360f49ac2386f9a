/**
 * Runs once when a Next.js server starts: a misconfigured server refuses to start, with a message
 * naming each wrong variable, instead of failing on the first sign-in. (`next build` never runs
 * this, so building needs no secrets.) The check lives in a Node-only module so the Edge bundle
 * never sees `process.exit`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnvironment } = await import("./lib/env-startup-check");
    exitOnInvalidEnvironment();
  }
}
