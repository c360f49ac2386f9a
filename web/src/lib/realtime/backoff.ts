/**
 * How long to wait before reconnecting attempt number `attempt` (0 for the first retry):
 * exponential growth capped at `maxMs`, with "full jitter" (a uniform draw below the ceiling) so
 * that a thousand tabs dropped by one API restart do not all knock again in the same instant.
 * A floor keeps a draw near zero from hammering a server that has just refused us.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  floorMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 30_000, floorMs: 250 };

export function reconnectDelay(
  attempt: number,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.max(policy.floorMs, Math.floor(random() * ceiling));
}
