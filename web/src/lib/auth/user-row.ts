import { z } from "zod";

/** The columns of our `users` row the auth layer decides on (Better Auth returns them mapped). */
const authUserRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  is_admin: z.boolean().default(false),
  is_banned: z.boolean().default(false),
  // Tokens issued (iat) before this second are refused (DESIGN §11); null: none revoked.
  tokens_valid_after: z.coerce.date().nullable().default(null),
});

export type AuthUserRow = z.infer<typeof authUserRowSchema>;

export function parseAuthUserRow(row: unknown): AuthUserRow | null {
  const parsed = authUserRowSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export const SUSPENDED_ACCOUNT_MESSAGE = "This account has been suspended";
