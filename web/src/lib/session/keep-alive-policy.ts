/**
 * Sliding expiry without server state (DESIGN §3): the token lives 30 minutes; while the person is
 * active we re-mint it once it is 10 minutes old, and an idle tab simply lets it run out.
 * Pure decision logic, so the timing rules are unit-tested apart from the browser.
 */
export const TOKEN_LIFETIME_MS = 30 * 60_000;
export const REFRESH_WHEN_OLDER_THAN_MS = 10 * 60_000;
export const CHECK_INTERVAL_MS = 60_000;

export interface KeepAliveState {
  /** When the current token was minted (ms since epoch). */
  lastMintAt: number;
  /** The last input, scroll or return to the tab (ms since epoch). */
  lastActivityAt: number;
}

export type KeepAliveDecision = "wait" | "refresh" | "expired";

export function decideKeepAlive(state: KeepAliveState, now: number): KeepAliveDecision {
  const tokenAge = now - state.lastMintAt;
  if (tokenAge >= TOKEN_LIFETIME_MS) return "expired";
  if (tokenAge < REFRESH_WHEN_OLDER_THAN_MS) return "wait";
  // Only activity after the last mint earns a new token; otherwise idleness runs the clock down.
  return state.lastActivityAt > state.lastMintAt ? "refresh" : "wait";
}
