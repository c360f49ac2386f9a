/**
 * The account mail Better Auth asks for (DESIGN §11): a password-reset link (60 minutes, single
 * use: Better Auth's verification row) and an email-verification link (24 hours, a signed token).
 * Both links go through Better Auth's own GET endpoint, which checks the token and then lands on
 * our page; the landing page is fixed here, whatever `redirectTo`/`callbackURL` a client sent.
 */
import type { BetterAuthOptions } from "better-auth";

import type { AccountMailOutbox } from "./outbox";

export const PASSWORD_RESET_TTL_SECONDS = 60 * 60;
export const EMAIL_VERIFICATION_TTL_SECONDS = 24 * 60 * 60;

export const RESET_PASSWORD_PAGE = "/auth/reset-password";
export const VERIFY_EMAIL_PAGE = "/auth/verify-email";
/** Where Better Auth lands after verifying; it appends `error=<CODE>` when it could not. */
export const VERIFIED_LANDING = `${VERIFY_EMAIL_PAGE}?status=verified`;
export const ALREADY_VERIFIED_LANDING = `${VERIFY_EMAIL_PAGE}?status=already-verified`;

interface MailUser {
  id: string;
  email: string;
  name: string;
}

/** `baseUrl` is BETTER_AUTH_URL, the public origin: links in mail are absolute. */
export function passwordResetLink(baseUrl: string, token: string): string {
  const url = new URL(`/api/auth/reset-password/${encodeURIComponent(token)}`, baseUrl);
  url.searchParams.set("callbackURL", RESET_PASSWORD_PAGE);
  return url.href;
}

export function emailVerificationLink(baseUrl: string, token: string): string {
  const url = new URL("/api/auth/verify-email", baseUrl);
  url.searchParams.set("token", token);
  url.searchParams.set("callbackURL", VERIFIED_LANDING);
  return url.href;
}

type ResetOptions = Pick<
  NonNullable<BetterAuthOptions["emailAndPassword"]>,
  "sendResetPassword" | "resetPasswordTokenExpiresIn"
>;

export function passwordResetOptions(baseUrl: string, outbox: AccountMailOutbox) {
  return {
    resetPasswordTokenExpiresIn: PASSWORD_RESET_TTL_SECONDS,
    sendResetPassword: async ({ user, token }: { user: MailUser; token: string }) => {
      await outbox.enqueue({
        kind: "password_reset",
        userId: user.id,
        to: user.email,
        name: user.name,
        url: passwordResetLink(baseUrl, token),
        token,
      });
    },
  } satisfies ResetOptions;
}

export function emailVerificationOptions(baseUrl: string, outbox: AccountMailOutbox) {
  return {
    sendOnSignUp: true,
    expiresIn: EMAIL_VERIFICATION_TTL_SECONDS,
    // A verification must not create a session: ours are stateless cookies minted at sign-in.
    autoSignInAfterVerification: false,
    sendVerificationEmail: async ({ user, token }: { user: MailUser; token: string }) => {
      await outbox.enqueue({
        kind: "verify_email",
        userId: user.id,
        to: user.email,
        name: user.name,
        url: emailVerificationLink(baseUrl, token),
        token,
      });
    },
  } satisfies BetterAuthOptions["emailVerification"];
}
