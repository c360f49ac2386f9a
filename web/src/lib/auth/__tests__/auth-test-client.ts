/**
 * Drives a Better Auth instance through its real HTTP handler, as the browser would, behind the
 * same client-address step as the route handler (`ip` plays the TCP peer the server stamps).
 */
import { Pool } from "pg";

import { withClientIp, type ClientIpPolicy } from "../client-ip";
import { createAuth, type Auth, type CreateAuthOptions } from "../create-auth";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "../socket-address";

export const TEST_BASE_URL = "http://localhost:3100";
export const TEST_JWT_SECRET = "test-jwt-secret-0123456789abcdef0123456789abcdef";
export const TEST_BETTER_AUTH_SECRET = "test-better-auth-secret-fedcba9876543210fedcba98";

export const TEST_PASSWORD = "correct horse battery";

/**
 * Whether the `*.db.test.ts` suites run: a bare `npm test` may run without a database; under CI
 * (make test) a missing one fails, never skips.
 */
export const runDatabaseTests = Boolean(process.env.TEST_DATABASE_URL) || Boolean(process.env.CI);

export const TEST_AUTH_ENV = {
  APP_ENV: "test",
  JWT_SECRET: TEST_JWT_SECRET,
  BETTER_AUTH_SECRET: TEST_BETTER_AUTH_SECRET,
  BETTER_AUTH_URL: TEST_BASE_URL,
} as const;

/** A small pool on the migrated test database (TEST_DATABASE_URL, provided by `make test`). */
export function openTestPool(): Pool {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error("TEST_DATABASE_URL must point at a migrated database");
  return new Pool({ connectionString: databaseUrl, max: 2 });
}

/** Better Auth on the test database with these per-address limits. */
export function createTestAuth(
  pool: Pool,
  rateLimitRules: CreateAuthOptions["rateLimitRules"],
): Auth {
  return createAuth({ env: TEST_AUTH_ENV, database: pool, rateLimitRules });
}

export const NO_PROXY: ClientIpPolicy = { trustedProxyCount: 0, clientIpHeader: undefined };

export interface AuthCallOptions {
  /** The socket address the request arrives from. */
  ip?: string;
  /** Whatever the client (or a proxy) put in `x-forwarded-for`. */
  forwardedFor?: string;
  policy?: ClientIpPolicy;
  headers?: Record<string, string>;
  cookie?: string;
  /** The page origin the browser would send; defaults to the test base URL. */
  origin?: string;
}

export function authPost(
  auth: Auth,
  path: string,
  body: Record<string, unknown> = {},
  {
    ip = "203.0.113.10",
    forwardedFor,
    policy = NO_PROXY,
    headers: extraHeaders = {},
    cookie,
    origin = TEST_BASE_URL,
  }: AuthCallOptions = {},
): Promise<Response> {
  const headers = new Headers({
    ...extraHeaders,
    "content-type": "application/json",
    origin,
    [SOCKET_ADDRESS_HEADER]: socketAddressStamp(ip),
  });
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  if (cookie) headers.set("cookie", cookie);
  const request = new Request(`${origin}/api/auth${path}`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  return auth.handler(withClientIp(request, policy));
}

/** A GET as a browser following a link from a mail would send it (no Origin header). */
export function authGet(
  auth: Auth,
  pathAndQuery: string,
  { ip = "203.0.113.10", cookie }: Pick<AuthCallOptions, "ip" | "cookie"> = {},
): Promise<Response> {
  const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: socketAddressStamp(ip) });
  if (cookie) headers.set("cookie", cookie);
  const request = new Request(`${TEST_BASE_URL}/api/auth${pathAndQuery}`, { headers });
  return auth.handler(withClientIp(request, NO_PROXY));
}

/** Rules roomy enough that only the limit a test is about can answer 429. */
export const ROOMY_RULES = {
  "/sign-up/email": { window: 60, max: 1000 },
  "/sign-in/email": { window: 60, max: 1000 },
  "/request-password-reset": { window: 60, max: 1000 },
  "/reset-password": { window: 60, max: 1000 },
  "/send-verification-email": { window: 60, max: 1000 },
  "/change-password": { window: 60, max: 1000 },
} as const;

export function randomAddress(): string {
  const octet = () => String(Math.floor(Math.random() * 250) + 1);
  return `10.${octet()}.${octet()}.${octet()}`;
}

export interface ParsedSetCookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
}

export function parseSetCookies(response: Response): ParsedSetCookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair = "", ...rest] = line.split(";").map((part) => part.trim());
    const separator = pair.indexOf("=");
    const attributes = new Map<string, string>();
    for (const attribute of rest) {
      const [key = "", ...value] = attribute.split("=");
      attributes.set(key.toLowerCase(), value.join("="));
    }
    return { name: pair.slice(0, separator), value: pair.slice(separator + 1), attributes };
  });
}

export function findCookie(response: Response, name: string): ParsedSetCookie | undefined {
  return parseSetCookies(response).findLast((cookie) => cookie.name === name);
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}
