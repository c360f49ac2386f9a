/** Where to send a user after signing in, and how to ask them to sign in. Pure and shared. */

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";
export const SIGN_IN_PATH = "/auth/sign-in";

// A placeholder origin: only used to resolve a candidate exactly as a browser would, never shown.
const PROBE_ORIGIN = "http://dm.invalid";

/**
 * Accepts only same-site relative paths ("/orders?id=1"); anything else becomes the dashboard.
 *
 * The check is made on the URL the browser will actually load, not on the text it was given:
 * the candidate is resolved against a placeholder origin (dot segments, "%2e", backslashes read as
 * slashes, tabs and newlines dropped — the WHATWG parser's rules), must stay on that origin, and
 * what is returned is the *resolved* path. "/.//evil.example" resolves to the path "//evil.example",
 * which is same-origin there but protocol-relative once handed to `location.assign`, so the
 * resolved path is checked again for a leading "//" or "/\". Paths back into the auth pages
 * (a loop, or a link that signs someone out) are refused too.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw) return DEFAULT_AFTER_SIGN_IN;
  // Control characters and backslashes are never part of a link we produce: refuse rather than
  // guess how a browser will reinterpret them.
  if (hasForbiddenCharacter(raw) || !raw.startsWith("/")) return DEFAULT_AFTER_SIGN_IN;
  let resolved: URL;
  try {
    resolved = new URL(raw, PROBE_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (resolved.origin !== PROBE_ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (isAuthPath(resolved.pathname)) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/** "/auth", "/auth/…", also when spelled with percent-escapes ("/%61uth/sign-in"). */
function isAuthPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname).toLowerCase();
  } catch {
    // A malformed escape is not a page of ours either way; the router answers it with a 404.
    return false;
  }
  return decoded === "/auth" || decoded.startsWith("/auth/");
}

/**
 * Control characters (the URL parser strips or deletes them), spaces at either end (trimmed by the
 * parser) and backslashes (read as "/" in http URLs): browsers reinterpret all of them.
 */
function hasForbiddenCharacter(value: string): boolean {
  if (value.trim() !== value) return true;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

export function signInPathFor(nextPath: string): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(nextPath)}`;
}

/**
 * The query parameter a gig's page reads as "save this gig now": a signed-out visitor who pressed a
 * heart signs in and comes back to it, and the heart finishes the save they asked for.
 */
export const SAVE_ON_ARRIVAL_PARAM = "save";

export function savingGigPath(gigId: string): string {
  return `/gigs/${gigId}?${SAVE_ON_ARRIVAL_PARAM}=1`;
}
