import createClient from "openapi-fetch";

import { getEnv } from "../env";
import type { paths } from "./schema";

/**
 * Server Components call FastAPI directly (not through the rewrite), forwarding only our access
 * cookie. Never cached: every answer depends on who is asking.
 */
export function createServerApi(accessCookie: { name: string; value: string } | null) {
  const headers: Record<string, string> = {};
  if (accessCookie) headers.cookie = `${accessCookie.name}=${accessCookie.value}`;
  return createClient<paths>({ baseUrl: getEnv().API_URL, headers, cache: "no-store" });
}
