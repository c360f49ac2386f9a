import { NextResponse, type NextRequest } from "next/server";

import { REQUEST_PATH_HEADER } from "./lib/auth/current-user-header";
import { signInPathFor } from "./lib/navigation";

// Either spelling: the proxy does not need the environment to know which one this deployment uses.
const ACCESS_COOKIE_NAMES = ["access_token", "__Host-access_token"];

/**
 * The fast, optimistic check: no access cookie at all → straight to sign-in, before any rendering.
 * The real check (signature, expiry, user row) happens in the (app) layout and pages.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasAccessCookie = ACCESS_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!hasAccessCookie) {
    return NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/settings/:path*",
    "/orders/:path*",
    "/messages/:path*",
    "/admin/:path*",
    "/gigs/new",
    "/gigs/:id/edit",
  ],
};
