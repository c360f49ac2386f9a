/**
 * Email verification around Better Auth's endpoints (DESIGN §11):
 * - `POST /send-verification-email` (the banner's "Resend") is bounded per address: one a minute
 *   and five an hour, counted for any address so a 429 says nothing about which ones exist.
 * - `GET /verify-email` on an address that is already verified (a link followed twice) lands on
 *   its own state instead of looking like a fresh success.
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { jwtVerify } from "jose";

import { ALREADY_VERIFIED_LANDING } from "./account-mail";
import type { AuthStore } from "./auth-store";
import { normalisedEmailOf } from "./body-fields";

export const SEND_VERIFICATION_PATH = "/send-verification-email";
const VERIFY_EMAIL_PATH = "/verify-email";

export const VERIFICATION_LIMITS = [
  {
    windowSeconds: 60,
    max: 1,
    message: "We sent a link less than a minute ago. Please wait a minute before asking again.",
  },
  {
    windowSeconds: 60 * 60,
    max: 5,
    message: "You have asked for five links this hour. Please try again later.",
  },
] as const;

export function verificationResendKey(email: string, windowSeconds: number): string {
  return `account:${email}|${SEND_VERIFICATION_PATH}|${String(windowSeconds)}`;
}

/** The address a verification token is for, when it is a valid plain verification (no email change). */
async function verifiedAddressOf(token: string, secret: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
    });
    if (typeof payload.email !== "string" || payload.updateTo !== undefined) return null;
    return payload.email;
  } catch {
    return null; // Better Auth itself answers expired and invalid tokens
  }
}

export function emailVerificationPlugin({ store }: { store: AuthStore }) {
  return {
    id: "email-verification",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SEND_VERIFICATION_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = normalisedEmailOf(ctx.body);
            if (!email) return;
            // The shorter window first: a refused click does not use up the hour's allowance.
            for (const limit of VERIFICATION_LIMITS) {
              const key = verificationResendKey(email, limit.windowSeconds);
              const count = await store.countAttempt(key, limit.windowSeconds, Date.now());
              if (count > limit.max) {
                throw APIError.from("TOO_MANY_REQUESTS", {
                  message: limit.message,
                  code: "VERIFICATION_EMAIL_LIMITED",
                });
              }
            }
          }),
        },
        {
          matcher: (ctx) => ctx.path === VERIFY_EMAIL_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const token: unknown = ctx.query?.token;
            if (typeof token !== "string") return;
            const email = await verifiedAddressOf(token, ctx.context.secret);
            if (!email) return;
            const found = await ctx.context.internalAdapter.findUserByEmail(email);
            if (!found?.user.emailVerified) return;
            // Better Auth redirects an already verified address to the callback; point it here.
            return { context: { query: { ...ctx.query, callbackURL: ALREADY_VERIFIED_LANDING } } };
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
