/**
 * `POST /api/auth/request-password-reset` tells nobody whether an account exists (DESIGN §11):
 * Better Auth already answers the same status and body either way; this plugin makes it take the
 * same time (a fixed floor from the start of the request, well above the lookup and the outbox
 * insert a known address costs) and bounds it per address asked for, known or not — so neither
 * the clock nor a 429 says more than the body does. The per-client limit is Better Auth's
 * (./rate-limit-rules.ts).
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";

import type { AuthStore } from "./auth-store";
import { normalisedEmailOf } from "./body-fields";

export const REQUEST_PASSWORD_RESET_PATH = "/request-password-reset";
/** Every answer takes at least this long, measured from the first hook. */
export const PASSWORD_RESET_FLOOR_MS = 400;
export const PASSWORD_RESET_MAX_PER_EMAIL = 3;
export const PASSWORD_RESET_WINDOW_SECONDS = 15 * 60;
export const PASSWORD_RESET_LIMITED_MESSAGE =
  "Too many reset requests for this address. Check your inbox for the links already sent, or try again in 15 minutes.";

export function passwordResetKey(email: string): string {
  return `account:${email}|${REQUEST_PASSWORD_RESET_PATH}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function passwordResetPlugin({ store }: { store: AuthStore }) {
  // When each request began, by request (an HTTP call always carries one).
  const startedAt = new WeakMap<Request, number>();

  return {
    id: "password-reset",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === REQUEST_PASSWORD_RESET_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            if (ctx.request) startedAt.set(ctx.request, Date.now());
            const email = normalisedEmailOf(ctx.body);
            if (!email) return; // Better Auth's validation answers
            const count = await store.countAttempt(
              passwordResetKey(email),
              PASSWORD_RESET_WINDOW_SECONDS,
              Date.now(),
            );
            if (count > PASSWORD_RESET_MAX_PER_EMAIL) {
              throw APIError.from("TOO_MANY_REQUESTS", {
                message: PASSWORD_RESET_LIMITED_MESSAGE,
                code: "PASSWORD_RESET_LIMITED",
              });
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === REQUEST_PASSWORD_RESET_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const start = ctx.request ? startedAt.get(ctx.request) : undefined;
            if (start === undefined) return;
            const remaining = start + PASSWORD_RESET_FLOOR_MS - Date.now();
            if (remaining > 0) await sleep(remaining);
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
