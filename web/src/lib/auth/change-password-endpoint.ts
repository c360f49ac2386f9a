/**
 * `POST /api/auth/change-password {currentPassword, newPassword}` on our stateless cookie (DESIGN
 * §11). Better Auth's own endpoint requires a Better Auth session, which never exists here, so this
 * one takes its path (the access-token plugin registers it under Better Auth's key, replacing it)
 * and its body, and is authorised by the access cookie instead. In one transaction the new hash is
 * stored and `tokens_valid_after` moves past every token issued so far; this device then gets a
 * fresh cookie minted after that instant. Every other device is signed out.
 */
import { BASE_ERROR_CODES } from "better-auth";
import { APIError, createAuthEndpoint } from "better-auth/api";
import { z } from "zod";

import type { CookieWriter } from "./access-token";
import type { AuthStore } from "./auth-store";
import { revocationInstant } from "./token-revocation";
import type { AuthUserRow } from "./user-row";

export const CHANGE_PASSWORD_PATH = "/change-password";
export const CHANGE_PASSWORD_MAX_FAILURES = 10;
export const CHANGE_PASSWORD_WINDOW_SECONDS = 15 * 60;
export const WRONG_CURRENT_PASSWORD_MESSAGE = "Your current password is not correct.";

export function changePasswordKey(userId: string): string {
  return `account:${userId}|${CHANGE_PASSWORD_PATH}`;
}

type Authorized = { user: AuthUserRow } | { refusal: string };

export interface ChangePasswordDeps {
  store: AuthStore;
  /** The user of the request's access cookie, or why it does not count. */
  authorize: (
    getCookie: (name: string) => string | null,
    findUserById: (id: string) => Promise<unknown>,
  ) => Promise<Authorized>;
  /** Mints this device's new cookie for `user` (a fresh sign-in: the password was just proven). */
  setAccessCookie: (ctx: CookieWriter, user: AuthUserRow) => Promise<void>;
  clearAccessCookie: (ctx: CookieWriter) => void;
}

const bodySchema = z.object({
  currentPassword: z.string(),
  newPassword: z.string(),
  // Accepted for Better Auth's clients; every other device is signed out regardless.
  revokeOtherSessions: z.boolean().optional(),
});

export function changePasswordEndpoint(deps: ChangePasswordDeps) {
  return createAuthEndpoint(
    CHANGE_PASSWORD_PATH,
    { method: "POST", requireHeaders: true, body: bodySchema, metadata: { noStore: true } },
    async (ctx) => {
      const authorized = await deps.authorize(
        (name) => ctx.getCookie(name),
        (id) => ctx.context.internalAdapter.findUserById(id),
      );
      if ("refusal" in authorized) {
        deps.clearAccessCookie(ctx);
        throw APIError.from("UNAUTHORIZED", {
          message: authorized.refusal,
          code: "ACCESS_TOKEN_INVALID",
        });
      }
      const { user } = authorized;
      const { currentPassword, newPassword } = ctx.body;
      const { minPasswordLength, maxPasswordLength } = ctx.context.password.config;
      if (newPassword.length < minPasswordLength) {
        throw APIError.from("BAD_REQUEST", BASE_ERROR_CODES.PASSWORD_TOO_SHORT);
      }
      if (newPassword.length > maxPasswordLength || currentPassword.length > maxPasswordLength) {
        throw APIError.from("BAD_REQUEST", BASE_ERROR_CODES.PASSWORD_TOO_LONG);
      }

      // Guessing the current password with a borrowed cookie is bounded per account.
      const key = changePasswordKey(user.id);
      const attempts = await deps.store.countAttempt(
        key,
        CHANGE_PASSWORD_WINDOW_SECONDS,
        Date.now(),
      );
      if (attempts > CHANGE_PASSWORD_MAX_FAILURES) {
        throw APIError.from("TOO_MANY_REQUESTS", {
          message: "Too many attempts. Try again in 15 minutes, or reset your password.",
          code: "CHANGE_PASSWORD_LIMITED",
        });
      }

      const account = await ctx.context.internalAdapter.findCredentialAccount(user.id);
      if (!account?.password) {
        throw APIError.from("BAD_REQUEST", BASE_ERROR_CODES.CREDENTIAL_ACCOUNT_NOT_FOUND);
      }
      const valid = await ctx.context.password.verify({
        hash: account.password,
        password: currentPassword,
      });
      if (!valid) {
        throw APIError.from("BAD_REQUEST", {
          message: WRONG_CURRENT_PASSWORD_MESSAGE,
          code: "INVALID_PASSWORD",
        });
      }
      const passwordHash = await ctx.context.password.hash(newPassword);

      const validAfter = revocationInstant();
      await ctx.context.adapter.transaction(async (trx) => {
        const now = new Date();
        await trx.update({
          model: "account",
          where: [{ field: "id", value: account.id }],
          update: { password: passwordHash, updatedAt: now },
        });
        await trx.update({
          model: "user",
          where: [{ field: "id", value: user.id }],
          update: { tokens_valid_after: validAfter, updatedAt: now },
        });
      });
      await deps.store.clearAttempts(key);

      await deps.setAccessCookie(ctx, { ...user, tokens_valid_after: validAfter });
      return ctx.json({ status: true });
    },
  );
}
