import { cache } from "react";

import type { Gig } from "../api/types";
import { requestApi } from "../auth/current-user";
import { isUuid } from "../uuid";

/**
 * A gig as this visitor may see it (server only, memoised per request so a page and its
 * metadata share one call). null when it does not exist for them: unknown, or inactive and not
 * theirs — the API answers 404 for both, so a page can simply call notFound().
 */
export const loadGig = cache(async (gigId: string): Promise<Gig | null> => {
  if (!isUuid(gigId)) return null;
  const api = await requestApi();
  const { data, response } = await api.GET("/gigs/{gig_id}", {
    params: { path: { gig_id: gigId } },
  });
  if (response.status === 404) return null;
  if (!data) throw new Error(`GET /gigs/${gigId} failed with status ${response.status}`);
  return data;
});
