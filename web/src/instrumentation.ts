/**
 * Runs once when a Next.js server starts: a misconfigured server refuses to start, with a message
 * naming each wrong variable, instead of failing on the first sign-in. (`next build` never runs
 * this, so building needs no secrets.) The check lives in a Node-only module so the Edge bundle
 * never sees `process.exit`. It also stamps each request with its socket address, which Next.js
 * does not give route handlers (lib/auth/socket-address.ts), for the per-address rate limits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnvironment } = await import("./lib/env-startup-check");
    exitOnInvalidEnvironment();
    const { installSocketAddressStamp } = await import("./lib/auth/socket-address");
    installSocketAddressStamp();
  }
}
