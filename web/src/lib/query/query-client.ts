import {
  defaultShouldDehydrateQuery,
  environmentManager,
  QueryClient,
} from "@tanstack/react-query";

import { ApiError } from "../api/errors";

// An API waking up (Render's free tier: up to a minute) is worth waiting for: about 45 s of retries.
const UNAVAILABLE_RETRIES = 7;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isUnavailable) return failureCount < UNAVAILABLE_RETRIES;
  // A 4xx will not fix itself by asking again.
  return !(error instanceof ApiError && error.status < 500) && failureCount < 2;
}

/** Doubling from a second or two up to 8 s between tries. */
export function retryDelay(failureCount: number): number {
  return Math.min(1_000 * 2 ** failureCount, 8_000);
}

/** `retry`: the browser's client keeps trying (shouldRetry); the server's does not (see below). */
export function makeQueryClient(retry: typeof shouldRetry | false = shouldRetry): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival; don't fetch it again right away.
        staleTime: 60_000,
        retry,
        retryDelay,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * The Providers' client: one per browser tab (so React suspending during the first render does not
 * throw the cache away), a fresh one for each server render of it. Server Components use
 * `getServerQueryClient()` (server-query-client.ts), one per request.
 */
export function getQueryClient(): QueryClient {
  if (environmentManager.isServer()) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
