import { NextResponse, type NextRequest } from "next/server";

import { REQUEST_PATH_HEADER } from "./lib/auth/current-user-header";
import { getEnv } from "./lib/env";
import { signInPathFor } from "./lib/navigation";
import { realtimeConfigFrom, resolveSocketEndpoint } from "./lib/realtime/endpoint";
import {
  contentSecurityPolicy,
  newNonce,
  originOf,
  staticSecurityHeaders,
} from "./lib/security-headers";

// Either spelling: the proxy does not need the environment to know which one this deployment uses.
const ACCESS_COOKIE_NAMES = ["access_token", "__Host-access_token"];

// The signed-in areas: without any access cookie, straight to sign-in.
const SIGNED_IN_PREFIXES = [
  "/dashboard",
  "/settings",
  "/orders",
  "/messages",
  "/favorites",
  "/admin",
];
const SIGNED_IN_GIG_PAGES = /^\/gigs\/(new|[^/]+\/edit)\/?$/;

function requiresSignIn(pathname: string): boolean {
  return (
    SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) ||
    SIGNED_IN_GIG_PAGES.test(pathname)
  );
}

/**
 * Every page: a fresh CSP nonce and the security headers. Next.js reads the nonce back from the
 * request's Content-Security-Policy header and puts it on the scripts it renders.
 *
 * Signed-in pages also get the fast, optimistic check: no access cookie at all → straight to
 * sign-in, before any rendering. The real check (signature, expiry, user row) happens in the
 * (app) layout and pages.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const env = getEnv();
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    appEnv: env.APP_ENV,
    isDevServer: process.env.NODE_ENV === "development",
    socketOrigins: [socketOriginFor(request, env)],
  });

  let response: NextResponse;
  const hasAccessCookie = ACCESS_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (requiresSignIn(pathname) && !hasAccessCookie) {
    response = NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
    forwarded.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders(env.APP_ENV))) {
    response.headers.set(name, value);
  }
  return response;
}

/** The one socket origin this page's browser will open (same computation as the client's). */
function socketOriginFor(request: NextRequest, env: ReturnType<typeof getEnv>): string {
  const endpoint = resolveSocketEndpoint(realtimeConfigFrom(env), {
    hostname: request.nextUrl.hostname,
  });
  return originOf(endpoint.url);
}

export const config = {
  // Pages only: not the API (rewritten to FastAPI, or Better Auth's route), nor static files, nor
  // the API's files (rewritten too), which carry their own sandboxing CSP and must keep it.
  matcher: ["/((?!api/|files/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)"],
};
