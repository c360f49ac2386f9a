import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";

import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";

/** Every Better Auth endpoint that sets a password, and the body field that carries it. */
const PASSWORD_FIELD_BY_PATH: Readonly<Record<string, string>> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

function stringField(body: unknown, field: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === "string" ? value : undefined;
}

/**
 * Refuses common passwords wherever one is chosen, before Better Auth hashes or stores anything.
 * The form runs the same check first (and shows a strength hint); this is the rule.
 */
export function commonPasswordPlugin() {
  return {
    id: "common-password",
    hooks: {
      before: [
        {
          matcher: (ctx) =>
            ctx.path !== undefined && Object.hasOwn(PASSWORD_FIELD_BY_PATH, ctx.path),
          handler: createAuthMiddleware((ctx) => {
            const field = PASSWORD_FIELD_BY_PATH[ctx.path];
            const password = field ? stringField(ctx.body, field) : undefined;
            // Without a password string Better Auth's own validation answers.
            const context = [stringField(ctx.body, "email"), stringField(ctx.body, "name")];
            if (password !== undefined && isCommonPassword(password, context)) {
              throw APIError.from("BAD_REQUEST", {
                message: COMMON_PASSWORD_MESSAGE,
                code: "PASSWORD_TOO_COMMON",
              });
            }
            return Promise.resolve();
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
