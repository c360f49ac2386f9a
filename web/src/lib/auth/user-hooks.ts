import type { BetterAuthOptions } from "better-auth";
import { APIError } from "better-auth/api";

import { API_LIMITS } from "../api/limits";
import { parseAuthUserRow, SUSPENDED_ACCOUNT_MESSAGE } from "./user-row";

export const FULL_NAME_MAX_LENGTH = API_LIMITS.UserUpdate.full_name.max;
export const AVATAR_URL_MAX_LENGTH = API_LIMITS.UserUpdate.avatar_url.max;

type DatabaseHooks = NonNullable<BetterAuthOptions["databaseHooks"]>;
type SessionCreateBefore = NonNullable<
  NonNullable<NonNullable<DatabaseHooks["session"]>["create"]>["before"]
>;
/** Better Auth's endpoint context as its database hooks receive it (null outside a request). */
type HookContext = Parameters<SessionCreateBefore>[1];

/**
 * `databaseHooks.session.create.before`: the password has been checked by now, so refusing here
 * tells a banned user why without revealing anything to someone who does not know the password.
 */
export async function refuseSuspendedUsers(
  session: { userId: string },
  context: HookContext,
): Promise<void> {
  if (!context) return; // server-side calls without a request are trusted code
  const user = parseAuthUserRow(await context.context.internalAdapter.findUserById(session.userId));
  if (user?.is_banned) {
    throw APIError.from("FORBIDDEN", {
      message: SUSPENDED_ACCOUNT_MESSAGE,
      code: "ACCOUNT_SUSPENDED",
    });
  }
}

/**
 * `databaseHooks.user.create.before`: the same rules as `PATCH /users/me` (api/app/users/schemas.py)
 * — `users.full_name` is 1–100 characters, trimmed; `avatar_url` (Better Auth's `image`) is an
 * absolute http(s) URL of at most 2,048 characters once normalised, or absent.
 */
export function validateNewUser<User extends { name: string; image?: string | null }>(
  user: User,
): Promise<{ data: User }> {
  const name = user.name.trim();
  if (name.length === 0 || name.length > FULL_NAME_MAX_LENGTH) {
    throw APIError.from("BAD_REQUEST", {
      message: `Full name must be between 1 and ${FULL_NAME_MAX_LENGTH} characters`,
      code: "INVALID_FULL_NAME",
    });
  }
  return Promise.resolve({ data: { ...user, name, image: normaliseAvatarUrl(user.image) } });
}

/** An absent image stays absent; anything else must be a usable http(s) URL. */
function normaliseAvatarUrl(image: unknown): string | null {
  if (image === undefined || image === null) return null;
  const refuse = (): never => {
    throw APIError.from("BAD_REQUEST", {
      message: `Profile picture must be an http(s) URL of at most ${AVATAR_URL_MAX_LENGTH} characters`,
      code: "INVALID_AVATAR_URL",
    });
  };
  if (typeof image !== "string") return refuse();
  const trimmed = image.trim();
  // As the API: blank is not "no picture" but an invalid one.
  if (trimmed.length === 0 || trimmed.length > AVATAR_URL_MAX_LENGTH) return refuse();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse();
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    return refuse();
  }
  // Stored as the parser wrote it; percent-encoding may lengthen it, so the bound applies after.
  if (url.href.length > AVATAR_URL_MAX_LENGTH) return refuse();
  return url.href;
}
