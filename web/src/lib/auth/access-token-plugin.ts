/**
 * Turns Better Auth's session into our stateless access token (DESIGN §3).
 *
 * After every request that created a session (sign-up, sign-in, any future provider) we mint the
 * HS256 cookie, delete the session row and Better Auth's cookies, and strip the session token from
 * the JSON body — so no session survives anywhere. `/token/refresh` re-mints from a still-valid
 * cookie after re-reading the user row, keeping its `auth_time`, unless the token was revoked
 * (`users.tokens_valid_after`, a retired session) or the sign-in is older than the absolute
 * lifetime; `/sign-out` retires the cookie's session (`revoked_sessions`) and clears the cookie, so
 * a refresh that raced ahead of it mints nothing the API or a later refresh would accept.
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint, createAuthMiddleware } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";

import type { AppEnv } from "../env";
import {
  type AccessTokenClaims,
  accessTokenCookieAttributes,
  accessTokenCookieName,
  type CookieWriter,
  mintAccessToken,
  nowInSeconds,
  verifyAccessToken,
} from "./access-token";
import type { AuthStore } from "./auth-store";
import { changePasswordEndpoint } from "./change-password-endpoint";
import { mintingSecondFor } from "./token-revocation";
import { parseAuthUserRow, SUSPENDED_ACCOUNT_MESSAGE, type AuthUserRow } from "./user-row";

export interface AccessTokenPluginOptions {
  jwtSecret: string;
  appEnv: AppEnv;
  store: AuthStore;
  /** The absolute session lifetime: no refresh past auth_time + this many days. */
  sessionMaxAgeDays: number;
}

const DAY_SECONDS = 86_400;
/** A retired session's row outlives every token it could have minted (the last one's 30 min). */
const RETIRED_SESSION_GRACE_SECONDS = 1800;

/** Why a still-signed token may not be re-minted, or null when it may. */
export function refusalOf(
  claims: { iat: number; auth_time: number },
  user: AuthUserRow,
  { now, sessionMaxAgeDays }: { now: number; sessionMaxAgeDays: number },
): string | null {
  const validAfter = user.tokens_valid_after;
  if (validAfter && claims.iat < Math.floor(validAfter.getTime() / 1000)) {
    return "You were signed out; please sign in again";
  }
  if (now - claims.auth_time > sessionMaxAgeDays * DAY_SECONDS) {
    return "Your session has ended; please sign in again";
  }
  return null;
}

/** Removes every Set-Cookie of Better Auth's own session cookies that the endpoint queued. */
function dropQueuedSessionCookies(
  responseHeaders: Headers | undefined,
  cookieNames: string[],
): void {
  if (!responseHeaders) return;
  const kept = responseHeaders
    .getSetCookie()
    .filter((cookie) => !cookieNames.some((name) => cookie.startsWith(`${name}=`)));
  responseHeaders.delete("set-cookie");
  for (const cookie of kept) responseHeaders.append("set-cookie", cookie);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** The endpoint's JSON body minus Better Auth's (already deleted) session token. */
function withoutSessionToken(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== "token"));
}

export function accessTokenPlugin(options: AccessTokenPluginOptions) {
  const cookieName = accessTokenCookieName(options.appEnv);

  async function setAccessCookie(
    ctx: CookieWriter,
    user: AuthUserRow,
    authTime?: number,
  ): Promise<void> {
    // Never before the user's tokens_valid_after: right after a password change or reset the
    // revocation's second may still be ahead (./token-revocation.ts).
    const now = await mintingSecondFor(user.tokens_valid_after);
    const { token } = await mintAccessToken(user, options.jwtSecret, now, authTime ?? now);
    ctx.setCookie(cookieName, token, accessTokenCookieAttributes(options.appEnv));
  }

  function clearAccessCookie(ctx: CookieWriter): void {
    ctx.setCookie(cookieName, "", accessTokenCookieAttributes(options.appEnv, 0));
  }

  /**
   * The user of a still-signed access cookie, re-read from the database, unless the token may no
   * longer be used: the same rules as the API (banned, revoked, retired, past its lifetime).
   */
  async function authorize(
    getCookie: (name: string) => string | null,
    findUserById: (id: string) => Promise<unknown>,
  ): Promise<{ user: AuthUserRow; claims: AccessTokenClaims } | { refusal: string }> {
    const current = getCookie(cookieName);
    const claims = current ? await verifyAccessToken(current, options.jwtSecret) : null;
    if (!claims) return { refusal: "Your session has expired; please sign in again" };

    const user = parseAuthUserRow(await findUserById(claims.sub));
    if (!user) return { refusal: "Your account no longer exists" };
    if (user.is_banned) return { refusal: SUSPENDED_ACCOUNT_MESSAGE };
    const refusal = refusalOf(claims, user, {
      now: nowInSeconds(),
      sessionMaxAgeDays: options.sessionMaxAgeDays,
    });
    if (refusal) return { refusal };
    if (await options.store.isSessionRetired(claims.sub, claims.auth_time)) {
      return { refusal: "You were signed out; please sign in again" };
    }
    return { user, claims };
  }

  return {
    id: "access-token",
    hooks: {
      after: [
        {
          // Every path that creates a session sets `newSession`; matching on it (not on a list of
          // paths) keeps future sign-in methods stateless too.
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const created = ctx.context.newSession;
            if (!created) return;

            const authCookies = ctx.context.authCookies;
            dropQueuedSessionCookies(ctx.context.responseHeaders, [
              authCookies.sessionToken.name,
              authCookies.sessionData.name,
              authCookies.dontRememberToken.name,
            ]);
            await ctx.context.internalAdapter.deleteSession(created.session.token);
            deleteSessionCookie(ctx, true);
            ctx.context.setNewSession(null);

            // is_admin comes from the row as it is now, not from whatever the endpoint returned.
            const user = parseAuthUserRow(
              await ctx.context.internalAdapter.findUserById(created.user.id),
            );
            if (!user) {
              throw APIError.from("INTERNAL_SERVER_ERROR", {
                message: "User row not found",
                code: "USER_NOT_FOUND",
              });
            }
            await setAccessCookie(ctx, user);

            const returned: unknown = ctx.context.returned;
            if (!isPlainObject(returned)) return; // redirects and errors carry no token
            return ctx.json(withoutSessionToken(returned));
          }),
        },
        {
          matcher: (ctx) => ctx.path === "/sign-out",
          // Better Auth answers 200 without a session of its own; we retire this sign-in (every
          // token carrying its auth_time, including one a racing refresh is minting) and clear
          // the cookie.
          handler: createAuthMiddleware(async (ctx) => {
            const current = ctx.getCookie(cookieName);
            const claims = current ? await verifyAccessToken(current, options.jwtSecret) : null;
            if (claims) {
              const endsAt =
                claims.auth_time +
                options.sessionMaxAgeDays * DAY_SECONDS +
                RETIRED_SESSION_GRACE_SECONDS;
              await options.store.retireSession(claims.sub, claims.auth_time, endsAt);
            }
            clearAccessCookie(ctx);
          }),
        },
      ],
    },
    endpoints: {
      refreshAccessToken: createAuthEndpoint(
        "/token/refresh",
        { method: "POST", requireHeaders: true, disableBody: true, metadata: { noStore: true } },
        async (ctx) => {
          const refuse = (message: string): never => {
            clearAccessCookie(ctx);
            throw APIError.from("UNAUTHORIZED", { message, code: "ACCESS_TOKEN_INVALID" });
          };

          const authorized = await authorize(
            (name) => ctx.getCookie(name),
            (id) => ctx.context.internalAdapter.findUserById(id),
          );
          if ("refusal" in authorized) return refuse(authorized.refusal);
          const { user, claims } = authorized;

          await setAccessCookie(ctx, user, claims.auth_time);
          return ctx.json({ ok: true });
        },
      ),
      // Better Auth's key, so this replaces its session-bound endpoint on the same path.
      changePassword: changePasswordEndpoint({
        store: options.store,
        authorize,
        setAccessCookie: (ctx, user) => setAccessCookie(ctx, user),
        clearAccessCookie,
      }),
    },
  } satisfies BetterAuthPlugin;
}
