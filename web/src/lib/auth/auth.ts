import { getEnv } from "../env";
import { clientIpPolicyOf, withClientIp } from "./client-ip";
import { createAuth, type Auth } from "./create-auth";
import { getAuthPool } from "./db-pool";

let instance: Auth | undefined;

/** The app's Better Auth instance, built on first use so `next build` needs no environment. */
export function getAuth(): Auth {
  if (!instance) {
    const env = getEnv();
    instance = createAuth({
      env,
      database: getAuthPool(env.DATABASE_URL),
      sessionMaxAgeDays: env.SESSION_MAX_AGE_DAYS,
    });
  }
  return instance;
}

/** Better Auth's HTTP handler, keyed on the client address this deployment can vouch for. */
export function handleAuthRequest(request: Request): Promise<Response> {
  return getAuth().handler(withClientIp(request, clientIpPolicyOf(getEnv())));
}
