import type { Env } from "../env";

/**
 * Where the browser opens the realtime socket, and how it proves who it is (DESIGN §4). The server
 * knows the configuration, the browser knows the page's host: the server hands over
 * `RealtimeConfig`, the browser calls `resolveSocketEndpoint` with `window.location`.
 */
export interface RealtimeConfig {
  /** NEXT_PUBLIC_WS_URL: an explicit socket URL (production, API on another site). */
  socketUrl: string | null;
  /** API_URL: the origin FastAPI listens on, to derive `ws://<host>:<port>/ws` from. */
  apiOrigin: string;
}

/**
 * "cookie": the access cookie travels with the handshake. It is host-only, and cookies ignore
 * ports, so it goes along exactly when the socket's host is the page's host
 * (localhost:3000 → localhost:8000). "ticket": any other host; the client fetches a one-time
 * ticket through the same-origin API rewrite and sends it as the first frame.
 */
export type SocketAuth = "cookie" | "ticket";

export interface SocketEndpoint {
  url: string;
  auth: SocketAuth;
}

export interface PageLocation {
  hostname: string;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function realtimeConfigFrom(
  env: Pick<Env, "API_URL" | "NEXT_PUBLIC_WS_URL">,
): RealtimeConfig {
  return { socketUrl: env.NEXT_PUBLIC_WS_URL ?? null, apiOrigin: env.API_URL };
}

export function resolveSocketEndpoint(config: RealtimeConfig, page: PageLocation): SocketEndpoint {
  const url = new URL(config.socketUrl ?? derivedSocketUrl(config.apiOrigin, page));
  return { url: url.toString(), auth: url.hostname === page.hostname ? "cookie" : "ticket" };
}

function derivedSocketUrl(apiOrigin: string, page: PageLocation): string {
  const api = new URL(apiOrigin);
  const url = new URL("/ws", api);
  url.protocol = api.protocol === "https:" ? "wss:" : "ws:";
  // A local API is reachable under whichever loopback name the page was opened with; using that
  // name keeps the socket on the cookie's host (127.0.0.1 and localhost hold different cookies).
  if (LOOPBACK_HOSTS.has(api.hostname) && LOOPBACK_HOSTS.has(page.hostname)) {
    url.hostname = page.hostname;
  }
  return url.toString();
}
