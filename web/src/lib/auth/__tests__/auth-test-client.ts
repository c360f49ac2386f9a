/**
 * Drives a Better Auth instance through its real HTTP handler, as the browser would, behind the
 * same client-address step as the route handler (`ip` plays the TCP peer the server stamps).
 */
import { withClientIp, type ClientIpPolicy } from "../client-ip";
import type { Auth } from "../create-auth";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "../socket-address";

export const TEST_BASE_URL = "http://localhost:3100";
export const TEST_JWT_SECRET = "test-jwt-secret-0123456789abcdef0123456789abcdef";
export const TEST_BETTER_AUTH_SECRET = "test-better-auth-secret-fedcba9876543210fedcba98";

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
