import { Pool } from "pg";

/**
 * Better Auth only touches the database on sign-up, sign-in and refresh, so the pool is small.
 * Sized for serverless (Vercel): every warm function instance holds its own pool, so a few
 * connections each and a short idle timeout keep Neon's connection count (and its compute's
 * scale-to-zero) in check; the pooled `-pooler` URL is safe here (no session state is used).
 * Cached on globalThis so dev hot reloads reuse it.
 */
export const AUTH_POOL_OPTIONS = {
  max: 3,
  // Close idle connections soon: a frozen serverless instance should not pin database connections.
  idleTimeoutMillis: 10_000,
  // Neon waking from zero takes a second or two; a database that is down fails the request quickly.
  connectionTimeoutMillis: 10_000,
  // Recycle connections like the API does (pool_recycle): managed Postgres drops long-lived ones.
  maxLifetimeSeconds: 300,
} as const;

const globalForPool = globalThis as typeof globalThis & { devmarketAuthPool?: Map<string, Pool> };

export function getAuthPool(databaseUrl: string): Pool {
  globalForPool.devmarketAuthPool ??= new Map();
  let pool = globalForPool.devmarketAuthPool.get(databaseUrl);
  if (!pool) {
    pool = new Pool({ connectionString: databaseUrl, ...AUTH_POOL_OPTIONS });
    // An idle connection the server closed (a restart, Neon suspending its compute) is reported
    // here; without a listener Node would treat it as an uncaught error and stop the server.
    pool.on("error", (error) => {
      console.warn(
        `Auth database pool: an idle connection failed (${error.message}); it is replaced on next use`,
      );
    });
    globalForPool.devmarketAuthPool.set(databaseUrl, pool);
  }
  return pool;
}
