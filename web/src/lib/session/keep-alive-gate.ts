/**
 * One gate for the token refresh in this tab, so signing out wins every race (issue 10 item 5):
 * `haltKeepAlive()` stops any further refresh and waits for one already in flight, and only then
 * does sign-out clear the cookie — no refresh can answer after it with a fresh one.
 */
import { refreshAccessToken, type AuthResult } from "@/lib/auth/auth-client";

let halted = false;
let inFlight: Promise<AuthResult> | null = null;

/** A refresh, unless sign-out has begun (then null: nothing was sent). */
export async function refreshUnlessHalted(): Promise<AuthResult | null> {
  if (halted) return null;
  inFlight ??= refreshAccessToken().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

export async function haltKeepAlive(): Promise<void> {
  halted = true;
  if (inFlight) await inFlight.catch(() => undefined);
}

export function isKeepAliveHalted(): boolean {
  return halted;
}
