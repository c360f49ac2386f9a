/**
 * Bounds password guessing per account, whatever address it comes from (issue 10 item 1): at most
 * 10 sign-in attempts per email in 15 minutes, in every APP_ENV. Each attempt is counted before the
 * password is checked, in one atomic UPSERT, so concurrent guesses cannot slip past the count; a
 * successful sign-in clears it, so what is bounded is the failures since the last success.
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";

import type { AuthStore } from "./auth-store";

export const ACCOUNT_SIGN_IN_MAX_FAILURES = 10;
export const ACCOUNT_SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_LOCKED_MESSAGE =
  "Too many failed sign-in attempts for this account. Try again in 15 minutes, or reset your password.";

const SIGN_IN_PATH = "/sign-in/email";

/** Its own key space in `rate_limits`, beside Better Auth's `<ip>|<path>` keys. */
export function accountSignInKey(email: string): string {
  return `account:${email.trim().toLowerCase()}|${SIGN_IN_PATH}`;
}

function emailOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const email = (body as Record<string, unknown>).email;
  return typeof email === "string" && email.trim() !== "" ? email : null;
}

export function accountSignInLimitPlugin({ store }: { store: AuthStore }) {
  return {
    id: "account-sign-in-limit",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const attempts = await store.countAttempt(
              accountSignInKey(email),
              ACCOUNT_SIGN_IN_WINDOW_SECONDS,
              Date.now(),
            );
            if (attempts > ACCOUNT_SIGN_IN_MAX_FAILURES) {
              throw APIError.from("TOO_MANY_REQUESTS", {
                message: ACCOUNT_LOCKED_MESSAGE,
                code: "ACCOUNT_SIGN_IN_LIMITED",
              });
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (email && ctx.context.newSession) await store.clearAttempts(accountSignInKey(email));
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
