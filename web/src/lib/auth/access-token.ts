/**
 * The access token both services trust (DESIGN §3, docs/architecture.md): HS256 over JWT_SECRET,
 * payload exactly {sub, email, role, is_admin, iat, exp, auth_time}, 30 minutes. `auth_time` (OIDC) is
 * the original sign-in, kept across refreshes, so a session has an absolute lifetime and can be
 * retired as a whole (DESIGN §11). Pure: no database, no HTTP,
 * so it is shared by the Better Auth plugin, the refresh endpoint and the server-side page guard.
 */
import { SignJWT, jwtVerify } from "jose";
import { z } from "zod";

import type { AppEnv } from "../env";

export const ACCESS_TOKEN_TTL_SECONDS = 1800;
export const ACCESS_TOKEN_ALGORITHM = "HS256";

export interface AccessTokenSubject {
  id: string;
  email: string;
  is_admin: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  email: string;
  role: "user";
  is_admin: boolean;
  iat: number;
  exp: number;
  auth_time: number;
}

const claimsSchema = z.object({
  // Postgres generates every user id as a UUID; anything else is not one of our tokens.
  sub: z.uuid(),
  email: z.string(),
  role: z.literal("user"),
  is_admin: z.boolean(),
  iat: z.number().int(),
  exp: z.number().int(),
  // Tokens minted before auth_time existed count as signed in when they were issued.
  auth_time: z.number().int().optional(),
});

function signingKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export async function mintAccessToken(
  subject: AccessTokenSubject,
  secret: string,
  issuedAt: number = nowInSeconds(),
  authTime: number = issuedAt,
): Promise<{ token: string; claims: AccessTokenClaims }> {
  const claims: AccessTokenClaims = {
    sub: subject.id,
    email: subject.email,
    role: "user",
    is_admin: subject.is_admin,
    iat: issuedAt,
    exp: issuedAt + ACCESS_TOKEN_TTL_SECONDS,
    auth_time: authTime,
  };
  // The claims object is the whole payload: jose adds nothing we do not set ourselves.
  const token = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: "JWT" })
    .sign(signingKey(secret));
  return { token, claims };
}

/**
 * Returns the claims of a valid, unexpired token signed with `secret`, or null for anything else
 * (tampered, expired, other algorithm, wrong secret, wrong shape). Callers never need the reason.
 */
export async function verifyAccessToken(
  token: string,
  secret: string,
  currentTime: number = nowInSeconds(),
): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(secret), {
      algorithms: [ACCESS_TOKEN_ALGORITHM], // pinned: never let the token choose its algorithm
      requiredClaims: ["sub", "iat", "exp"],
      currentDate: new Date(currentTime * 1000),
      clockTolerance: 0,
    });
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) return null;
    return { ...parsed.data, auth_time: parsed.data.auth_time ?? parsed.data.iat };
  } catch {
    return null;
  }
}

/** `__Host-` makes the browser insist on Secure, Path=/ and no Domain: production only. */
export function accessTokenCookieName(appEnv: AppEnv): string {
  return appEnv === "production" ? "__Host-access_token" : "access_token";
}

export interface AccessCookieAttributes {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  maxAge: number;
}

export function accessTokenCookieAttributes(appEnv: AppEnv, maxAge = ACCESS_TOKEN_TTL_SECONDS) {
  return {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: appEnv === "production",
    maxAge,
  } satisfies AccessCookieAttributes;
}

/** The minimal surface of Better Auth's endpoint context that our cookie helpers need. */
export interface CookieWriter {
  setCookie: (
    name: string,
    value: string,
    options: ReturnType<typeof accessTokenCookieAttributes>,
  ) => unknown;
}
