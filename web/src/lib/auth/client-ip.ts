/**
 * Which address Better Auth's per-address rate limits count against (issue 10 item 1).
 *
 * Next.js (16, `next start` and `next dev`) only fills `x-forwarded-for` with the socket address
 * when the request has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
 * base-server), so a client that sends its own header replaces the socket address entirely. We
 * therefore never let Better Auth read a client-controlled header: the route handler computes the
 * address and passes it in `x-devmarket-client-ip`, after dropping any copy the client sent.
 *
 * - `CLIENT_IP_HEADER` (e.g. `x-vercel-forwarded-for` on Vercel, whose edge sets it): that header.
 * - `TRUSTED_PROXY_COUNT` = N > 0: the N-th entry from the right of `x-forwarded-for` (the
 *   right-most one no trusted proxy of ours could have been handed by the client).
 * - neither (development, test, a bare `next start`): the socket address, stamped by
 *   ./socket-address.ts before Next.js sees the request.
 * An address we cannot determine is left out, and Better Auth counts it in one shared bucket.
 */
import { isIP } from "node:net";

import type { ClientIpHeader, Env } from "../env";
import { socketAddressOf } from "./socket-address";

export const CLIENT_IP_HEADER_FOR_AUTH = "x-devmarket-client-ip";

export interface ClientIpPolicy {
  trustedProxyCount: number;
  clientIpHeader: ClientIpHeader | undefined;
}

export function clientIpPolicyOf(env: Pick<Env, "TRUSTED_PROXY_COUNT" | "CLIENT_IP_HEADER">) {
  return {
    trustedProxyCount: env.TRUSTED_PROXY_COUNT,
    clientIpHeader: env.CLIENT_IP_HEADER,
  } satisfies ClientIpPolicy;
}

function validAddress(candidate: string | undefined | null): string | null {
  const address = candidate?.trim().replace(/^::ffff:(?=\d+\.)/, "") ?? "";
  return isIP(address) ? address : null;
}

export function clientIpOf(
  headers: Headers,
  policy: ClientIpPolicy,
  socketAddress: string | null,
): string | null {
  if (policy.clientIpHeader) {
    // Vercel's edge overwrites these; the client's own value never reaches us.
    return validAddress(headers.get(policy.clientIpHeader)?.split(",")[0]);
  }
  if (policy.trustedProxyCount > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
    // Fewer hops than proxies: the request did not come through them all, so nothing is trusted.
    if (hops.length < policy.trustedProxyCount) return null;
    return validAddress(hops[hops.length - policy.trustedProxyCount]);
  }
  return validAddress(socketAddress);
}

/** The request Better Auth sees: our computed address, and no client-sent copy of it. */
export function withClientIp(request: Request, policy: ClientIpPolicy): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_IP_HEADER_FOR_AUTH);
  const address = clientIpOf(request.headers, policy, socketAddressOf(request.headers));
  if (address) headers.set(CLIENT_IP_HEADER_FOR_AUTH, address);
  // Same method, body and signal; only the headers are ours.
  return new Request(request, { headers });
}
