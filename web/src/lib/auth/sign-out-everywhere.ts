/**
 * "Sign out everywhere" (DESIGN §11): the API sets `users.tokens_valid_after`, so every token
 * issued before it — this device's included — is refused by the API and by the token refresh.
 */
import { haltKeepAlive } from "@/lib/session/keep-alive-gate";

import { signOut } from "./auth-client";

export const SIGNED_OUT_EVERYWHERE_PATH = "/auth/sign-in?signed_out=everywhere";

export async function signOutEverywhere(): Promise<{ ok: boolean }> {
  await haltKeepAlive();
  let ok = false;
  try {
    const response = await fetch("/api/v1/users/me/sign-out-everywhere", {
      method: "POST",
      credentials: "same-origin",
    });
    ok = response.status === 204;
  } catch {
    ok = false;
  }
  // Whatever the API answered, this device's cookie goes too.
  await signOut();
  return { ok };
}
