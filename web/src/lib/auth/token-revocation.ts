/**
 * `users.tokens_valid_after` as the web writes it (DESIGN §11): on a password reset and a password
 * change. Both services refuse a token whose `iat < floor(tokens_valid_after)` (whole seconds;
 * `api/app/auth/revocation.py`, `refusalOf`). A revocation at 12:00:00.400 therefore stores
 * 12:00:01: every token issued until now — 12:00:00 ones included — is refused, and a token minted
 * afterwards must carry `iat` ≥ 12:00:01, which `mintingSecondFor` waits for (under a second).
 */
import { nowInSeconds } from "./access-token";

/** The longest we wait for the revocation's second to begin; beyond it the clocks disagree. */
const MAX_MINTING_WAIT_MS = 1_100;

/** The `tokens_valid_after` of a revocation at `nowMs`: the start of the next second. */
export function revocationInstant(nowMs: number = Date.now()): Date {
  return new Date((Math.floor(nowMs / 1000) + 1) * 1000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The `iat` for a new token of a user revoked at `tokensValidAfter`: now, once now is no longer
 * before the revocation's second (right after a reset or change that is up to a second away).
 */
export async function mintingSecondFor(tokensValidAfter: Date | null): Promise<number> {
  if (tokensValidAfter) {
    const wait = Math.floor(tokensValidAfter.getTime() / 1000) * 1000 - Date.now();
    if (wait > 0 && wait <= MAX_MINTING_WAIT_MS) await sleep(wait);
  }
  return nowInSeconds();
}

interface SpentVerification {
  identifier: string;
  value: string;
  expiresAt: Date;
}

interface RevokingContext {
  context: {
    internalAdapter: {
      updateUser: (id: string, data: Record<string, unknown>) => Promise<unknown>;
    };
  };
}

/**
 * `databaseHooks.verification.delete.before`: a password-reset token is being spent, inside the
 * transaction Better Auth writes the new password in (`resetCredentialPassword`), so the
 * revocation commits with the password or not at all. Only a live reset token counts: Better
 * Auth's periodic clean-up deletes expired rows through the same hook.
 */
export async function revokeTokensWhenResetTokenSpent(
  verification: SpentVerification,
  context: RevokingContext | null,
): Promise<void> {
  if (!context || !verification.identifier.startsWith("reset-password:")) return;
  if (new Date(verification.expiresAt).getTime() <= Date.now()) return;
  await context.context.internalAdapter.updateUser(verification.value, {
    tokens_valid_after: revocationInstant(),
  });
}
