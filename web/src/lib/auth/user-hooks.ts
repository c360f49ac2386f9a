import type { BetterAuthOptions } from "better-auth";
import { APIError } from "better-auth/api";

import { parseAuthUserRow, SUSPENDED_ACCOUNT_MESSAGE } from "./user-row";

export const FULL_NAME_MAX_LENGTH = 100;

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

/** `databaseHooks.user.create.before`: `users.full_name` is 1–100 characters, trimmed. */
export function validateNewUserName<User extends { name: string }>(
  user: User,
): Promise<{ data: User }> {
  const name = user.name.trim();
  if (name.length === 0 || name.length > FULL_NAME_MAX_LENGTH) {
    throw APIError.from("BAD_REQUEST", {
      message: `Full name must be between 1 and ${FULL_NAME_MAX_LENGTH} characters`,
      code: "INVALID_FULL_NAME",
    });
  }
  return Promise.resolve({ data: { ...user, name } });
}
