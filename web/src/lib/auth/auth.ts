import { getEnv } from "../env";
import { createAuth, type Auth } from "./create-auth";
import { getAuthPool } from "./db-pool";

let instance: Auth | undefined;

/** The app's Better Auth instance, built on first use so `next build` needs no environment. */
export function getAuth(): Auth {
  if (!instance) {
    const env = getEnv();
    instance = createAuth({ env, database: getAuthPool(env.DATABASE_URL) });
  }
  return instance;
}
