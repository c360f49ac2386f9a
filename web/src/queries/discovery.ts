import { queryOptions } from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient } from "@/lib/api/types";

export const discoveryKeys = {
  all: ["discovery"] as const,
  categories: () => [...discoveryKeys.all, "categories"] as const,
  tags: (prefix: string) => [...discoveryKeys.all, "tags", prefix] as const,
};

/** The category tree changes only with a deployment, and its counts are a minute old at most. */
const MINUTE = 60_000;

export const discoveryQueries = {
  categories: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: discoveryKeys.categories(),
      queryFn: () => unwrap(api.GET("/categories")),
      staleTime: 5 * MINUTE,
    }),
  /** Suggestions for a tag input: the most used tags starting with `prefix`. */
  tags: (prefix: string, api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: discoveryKeys.tags(prefix),
      queryFn: () => unwrap(api.GET("/tags", { params: { query: { q: prefix, limit: 8 } } })),
      staleTime: MINUTE,
    }),
};
