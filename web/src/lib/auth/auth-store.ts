/**
 * The little SQL the auth layer needs beyond Better Auth's adapter: the per-account sign-in counter
 * (in `rate_limits`, under its own key) and retired sessions (`revoked_sessions`, DESIGN §11).
 * The app uses PostgreSQL; DB-free tests get the same behaviour in memory.
 */
import type { Pool } from "pg";

export interface AuthStore {
  /** Counts one attempt for `key` in a fixed window and returns the count, atomically. */
  countAttempt(key: string, windowSeconds: number, nowMs: number): Promise<number>;
  clearAttempts(key: string): Promise<void>;
  /** Refuses every token of (user, auth_time) until `expiresAt` (epoch seconds). */
  retireSession(userId: string, authTime: number, expiresAt: number): Promise<void>;
  isSessionRetired(userId: string, authTime: number): Promise<boolean>;
}

export function postgresAuthStore(pool: Pool): AuthStore {
  return {
    async countAttempt(key, windowSeconds, nowMs) {
      // One statement, so concurrent attempts can never read the same count.
      const result = await pool.query<{ count: number }>(
        `INSERT INTO rate_limits (key, count, last_request) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_limits.last_request <= $2 - $3 THEN 1 ELSE rate_limits.count + 1 END,
           last_request = CASE WHEN rate_limits.last_request <= $2 - $3 THEN $2
                               ELSE rate_limits.last_request END
         RETURNING count`,
        [key, nowMs, windowSeconds * 1000],
      );
      return result.rows[0]?.count ?? 1;
    },
    async clearAttempts(key) {
      await pool.query("DELETE FROM rate_limits WHERE key = $1", [key]);
    },
    async retireSession(userId, authTime, expiresAt) {
      await pool.query(
        `WITH expired AS (
           DELETE FROM revoked_sessions WHERE user_id = $1 AND expires_at < now()
         )
         INSERT INTO revoked_sessions (user_id, auth_time, expires_at)
         VALUES ($1, $2, to_timestamp($3))
         ON CONFLICT DO NOTHING`,
        [userId, authTime, expiresAt],
      );
    },
    async isSessionRetired(userId, authTime) {
      const result = await pool.query(
        "SELECT 1 FROM revoked_sessions WHERE user_id = $1 AND auth_time = $2",
        [userId, authTime],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}

export function memoryAuthStore(): AuthStore {
  const attempts = new Map<string, { count: number; since: number }>();
  const retired = new Set<string>();
  return {
    countAttempt(key, windowSeconds, nowMs) {
      const current = attempts.get(key);
      const fresh = !current || current.since <= nowMs - windowSeconds * 1000;
      const next = fresh ? { count: 1, since: nowMs } : { ...current, count: current.count + 1 };
      attempts.set(key, next);
      return Promise.resolve(next.count);
    },
    clearAttempts(key) {
      attempts.delete(key);
      return Promise.resolve();
    },
    retireSession(userId, authTime) {
      retired.add(`${userId}|${String(authTime)}`);
      return Promise.resolve();
    },
    isSessionRetired(userId, authTime) {
      return Promise.resolve(retired.has(`${userId}|${String(authTime)}`));
    },
  };
}
