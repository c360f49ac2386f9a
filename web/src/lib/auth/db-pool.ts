import { Pool } from "pg";

/**
 * Better Auth only touches the database on sign-up, sign-in and refresh, so a small pool is plenty
 * (and leaves Neon's connection limit to the API). Cached on globalThis so dev hot reloads reuse it.
 */
const globalForPool = globalThis as typeof globalThis & { devmarketAuthPool?: Map<string, Pool> };

export function getAuthPool(databaseUrl: string): Pool {
  globalForPool.devmarketAuthPool ??= new Map();
  let pool = globalForPool.devmarketAuthPool.get(databaseUrl);
  if (!pool) {
    pool = new Pool({ connectionString: databaseUrl, max: 5, idleTimeoutMillis: 30_000 });
    globalForPool.devmarketAuthPool.set(databaseUrl, pool);
  }
  return pool;
}
