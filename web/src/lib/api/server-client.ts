import createClient from "openapi-fetch";

import { getEnv } from "../env";
import type { paths } from "./schema";
import { ApiUnavailableError, meansUnavailable } from "./unavailable";

/**
 * How long a server-side render waits for FastAPI. Past it the page shows the retrying "waking up"
 * panel (app/error.tsx) instead of a blank tab: Render's free tier takes up to a minute to wake, and
 * every retry finds it further along. Longer than the API's own statement timeout (10 s).
 */
export const SERVER_API_TIMEOUT_MS = 12_000;

type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * `fetch` with a deadline, where "no answer" (timeout, connection refused) and "not there right now"
 * (502/504, the database is down) become an ApiUnavailableError; every other answer is returned for
 * the caller to judge.
 */
export async function fetchOrUnavailable(
  request: Request,
  timeoutMs: number = SERVER_API_TIMEOUT_MS,
  fetchImpl: Fetch = fetch,
): Promise<Response> {
  const what = `${request.method} ${new URL(request.url).pathname}`;
  let response: Response;
  try {
    response = await fetchImpl(request, {
      signal: AbortSignal.timeout(timeoutMs),
      cache: request.cache,
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : "the API is unreachable";
    throw new ApiUnavailableError(`${what}: ${reason}`, { cause: error });
  }
  if (await meansUnavailable(response)) {
    throw new ApiUnavailableError(`${what}: the API answered ${response.status}`);
  }
  return response;
}

/**
 * Server Components call FastAPI directly (not through the rewrite), forwarding only our access
 * cookie. Never cached: every answer depends on who is asking.
 */
export function createServerApi(accessCookie: { name: string; value: string } | null) {
  const headers: Record<string, string> = {};
  if (accessCookie) headers.cookie = `${accessCookie.name}=${accessCookie.value}`;
  return createClient<paths>({
    baseUrl: getEnv().API_URL,
    headers,
    cache: "no-store",
    fetch: (request) => fetchOrUnavailable(request),
  });
}
