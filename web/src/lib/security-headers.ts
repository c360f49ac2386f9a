/**
 * The security headers of every page (issue 10 item 12), built per request by the proxy. Pure,
 * so the policy is unit-tested without a server.
 */
import type { AppEnv } from "./env";

export interface PagePolicyInput {
  /** Fresh for every request; Next.js reads it back from the request's CSP header. */
  nonce: string;
  appEnv: AppEnv;
  /** `next dev` (React's dev build needs eval for its debugging aids, never shipped). */
  isDevServer: boolean;
  /** Origins the browser opens sockets to (the realtime endpoint), e.g. "ws://localhost:8000". */
  socketOrigins: readonly string[];
}

export function contentSecurityPolicy(input: PagePolicyInput): string {
  const scriptSources = [
    "'self'",
    `'nonce-${input.nonce}'`,
    // Scripts a nonced script loads (Next.js's chunks) are trusted; host lists are then ignored
    // by browsers that understand it, so only nonced code can start anything.
    "'strict-dynamic'",
    ...(input.isDevServer ? ["'unsafe-eval'"] : []),
  ];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSources],
    // Styles: Tailwind's stylesheet comes from 'self'. Inline style *attributes* cannot carry a
    // nonce, and React renders some (next/image's `color: transparent`, Next's route announcer,
    // the dev overlay), so 'unsafe-inline' is allowed for styles only. A style cannot run code;
    // scripts stay nonce-only.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Uploaded files, gig images and avatars come from 'self' (/files/…, rewritten to the API);
    // avatars set as links may be on any https host; data: for tiny inline placeholders, blob:
    // for previews of a file before it is uploaded (DESIGN §12).
    ["img-src", "'self'", "https:", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    // The browser calls the API through the same-origin rewrite (/api/v1); only the realtime
    // socket goes to the API's own origin.
    ["connect-src", "'self'", ...unique(input.socketOrigins)],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
  ];
  // No upgrade-insecure-requests: `make prod` serves production on http://localhost with a ws://
  // socket, which it would rewrite to https/wss and break; on the real deployment HSTS and the
  // wss:// socket URL (required by env.ts in production) already keep everything on TLS.
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** The headers beside the CSP; HSTS only in production (a dev or test stack runs on plain http). */
export function staticSecurityHeaders(appEnv: AppEnv): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": [
      "camera=()",
      "microphone=()",
      "geolocation=()",
      "payment=()",
      "usb=()",
      "magnetometer=()",
      "gyroscope=()",
      "accelerometer=()",
      "display-capture=()",
    ].join(", "),
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(appEnv === "production"
      ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }
      : {}),
  };
}

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** "ws://localhost:8000/ws" → "ws://localhost:8000"; CSP source expressions are origins. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
