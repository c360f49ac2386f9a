/**
 * The TCP peer of each request, which Next.js does not hand to route handlers (see ./client-ip.ts).
 * `installSocketAddressStamp()` (called from instrumentation.ts, Node runtime) wraps the HTTP
 * server's request event and writes `x-devmarket-socket-address: <process nonce> <address>`,
 * replacing any header of that name the client sent. The nonce is random per process, so a client
 * cannot forge a stamp even where the wrapper is not installed.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";

export const SOCKET_ADDRESS_HEADER = "x-devmarket-socket-address";

const globalForStamp = globalThis as typeof globalThis & {
  devmarketSocketStampNonce?: string;
  devmarketSocketStampInstalled?: boolean;
};

function nonce(): string {
  globalForStamp.devmarketSocketStampNonce ??= randomBytes(16).toString("hex");
  return globalForStamp.devmarketSocketStampNonce;
}

/** The stamp for `address`; exported for tests that play the part of the server. */
export function socketAddressStamp(address: string): string {
  return `${nonce()} ${address}`;
}

export function socketAddressOf(headers: Headers): string | null {
  const [stampNonce, address] = (headers.get(SOCKET_ADDRESS_HEADER) ?? "").split(" ");
  return stampNonce === nonce() && address ? address : null;
}

export function installSocketAddressStamp(): void {
  if (globalForStamp.devmarketSocketStampInstalled) return;
  globalForStamp.devmarketSocketStampInstalled = true;
  // Called below with the server as `this`, exactly as Node would.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function stampedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      // Always overwritten, so a client-sent header of this name never survives.
      request.headers[SOCKET_ADDRESS_HEADER] = socketAddressStamp(
        request.socket.remoteAddress ?? "",
      );
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
