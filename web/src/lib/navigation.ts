/** Where to send a user after signing in, and how to ask them to sign in. Pure and shared. */

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";
export const SIGN_IN_PATH = "/auth/sign-in";

/**
 * Accepts only same-site relative paths ("/orders?id=1"), never "//evil.com", "/\\evil.com",
 * "https://…" or a path back into the auth pages; anything else becomes the dashboard.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw) return DEFAULT_AFTER_SIGN_IN;
  const candidate = raw.trim();
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (hasForbiddenCharacter(candidate)) return DEFAULT_AFTER_SIGN_IN;
  // Parsing against a dummy origin catches anything the browser would resolve off-site.
  const parsed = new URL(candidate, "http://devmarket.invalid");
  if (parsed.origin !== "http://devmarket.invalid") return DEFAULT_AFTER_SIGN_IN;
  if (parsed.pathname === "/auth" || parsed.pathname.startsWith("/auth/"))
    return DEFAULT_AFTER_SIGN_IN;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Control characters and backslashes: browsers strip or reinterpret them in surprising ways. */
function hasForbiddenCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

export function signInPathFor(nextPath: string): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(nextPath)}`;
}
