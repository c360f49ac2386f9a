import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { createServerApi } from "../api/server-client";
import type { CurrentUser } from "../api/types";
import { getEnv } from "../env";
import { DEFAULT_AFTER_SIGN_IN, signInPathFor } from "../navigation";
import { accessTokenCookieName, verifyAccessToken, type AccessTokenClaims } from "./access-token";
import { REQUEST_PATH_HEADER } from "./current-user-header";

export interface SignedInSession {
  user: CurrentUser;
  claims: AccessTokenClaims;
}

async function readAccessCookie(): Promise<{ name: string; value: string } | null> {
  // cookies() first: it is what tells Next.js this render is per-request, never prerendered.
  const cookieStore = await cookies();
  const name = accessTokenCookieName(getEnv().APP_ENV);
  const value = cookieStore.get(name)?.value;
  return value ? { name, value } : null;
}

/**
 * The typed FastAPI client for this request, forwarding the visitor's access cookie (if any), for
 * Server Components that read and prefetch data.
 */
export async function requestApi(): Promise<ReturnType<typeof createServerApi>> {
  return createServerApi(await readAccessCookie());
}

/**
 * Who is signed in, for this request (memoised per render): the token must verify locally, and the
 * API must still accept it — it re-reads the user row, so a banned or deleted user gets null.
 */
export const loadSession = cache(async (): Promise<SignedInSession | null> => {
  const cookie = await readAccessCookie();
  if (!cookie) return null;
  const claims = await verifyAccessToken(cookie.value, getEnv().JWT_SECRET);
  if (!claims) return null;

  const { data, response } = await createServerApi(cookie).GET("/users/me");
  if (response.status === 401 || response.status === 403) return null;
  if (!data) throw new Error(`GET /users/me failed with status ${response.status}`);
  return { user: data, claims };
});

/** For public pages: a failing API must not take the landing page down with it. */
export async function loadOptionalSession(): Promise<SignedInSession | null> {
  // Outside the try: Next.js signals "this page is dynamic" by throwing from cookies().
  await cookies();
  try {
    return await loadSession();
  } catch (error) {
    console.error("Could not load the signed-in user for a public page", error);
    return null;
  }
}

export async function requestPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? DEFAULT_AFTER_SIGN_IN;
}

/** Signed-in pages call this first; signed-out visitors go to sign-in and come back to `path`. */
export async function requireSession(path?: string): Promise<SignedInSession> {
  const session = await loadSession();
  if (!session) redirect(signInPathFor(path ?? (await requestPath())));
  return session;
}

/** Admin pages do not exist for anyone else (404 rather than a hint that they are there). */
export async function requireAdminSession(path?: string): Promise<SignedInSession> {
  const session = await requireSession(path);
  if (!session.user.is_admin) notFound();
  return session;
}
