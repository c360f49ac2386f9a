/**
 * The browser side of Better Auth's endpoints, as plain fetch calls: we need no session store on
 * the client (the access cookie is HttpOnly and there is no Better Auth session), only the outcome.
 */
export interface AuthFailure {
  status: number;
  code: string | null;
  message: string;
}

export type AuthResult = { ok: true } | { ok: false; failure: AuthFailure };

const NETWORK_FAILURE: AuthFailure = {
  status: 0,
  code: "NETWORK_ERROR",
  message: "We could not reach DevMarket. Check your connection and try again.",
};

async function readFailure(response: Response): Promise<AuthFailure> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // An empty or non-JSON body still has a status to go by.
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  return {
    status: response.status,
    code: typeof fields.code === "string" ? fields.code : null,
    message: typeof fields.message === "string" ? fields.message : response.statusText,
  };
}

async function postToAuth(path: string, body: Record<string, unknown> = {}): Promise<AuthResult> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, failure: NETWORK_FAILURE };
  }
  return response.ok ? { ok: true } : { ok: false, failure: await readFailure(response) };
}

export function signUpWithEmail(input: { name: string; email: string; password: string }) {
  return postToAuth("/sign-up/email", input);
}

export function signInWithEmail(input: { email: string; password: string }) {
  return postToAuth("/sign-in/email", input);
}

export function signOut() {
  return postToAuth("/sign-out");
}

export function refreshAccessToken() {
  return postToAuth("/token/refresh");
}

/** `redirectTo` is only a hint: the mailed link always lands on our reset page. */
export function requestPasswordReset(input: { email: string }) {
  return postToAuth("/request-password-reset", { ...input, redirectTo: "/auth/reset-password" });
}

export function resetPassword(input: { token: string; newPassword: string }) {
  return postToAuth("/reset-password", input);
}

/** On success this device holds a fresh cookie and every other one is signed out. */
export function changePassword(input: { currentPassword: string; newPassword: string }) {
  return postToAuth("/change-password", input);
}

export function sendVerificationEmail(input: { email: string }) {
  return postToAuth("/send-verification-email", { ...input, callbackURL: "/auth/verify-email" });
}
