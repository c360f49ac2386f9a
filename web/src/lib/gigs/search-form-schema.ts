import { z } from "zod";

import "@/lib/zod-config";

import { SEARCH_QUERY_MAX } from "../api/limits";
import type { GigSort } from "../api/types";
import {
  effectiveSort,
  GIG_SORTS,
  normalizePrice,
  withChanges,
  type GigSearch,
} from "./search-params";

/**
 * The /gigs filter form. Its values are the URL's own parameter names, so the same form also
 * works as a plain GET form before JavaScript has loaded.
 */
const price = z
  .string()
  .trim()
  .refine(
    (value) => value === "" || normalizePrice(value) !== "",
    "Enter an amount up to 100000, like 50 or 49.99.",
  );

export const searchFormSchema = z
  .object({
    q: z.string().max(SEARCH_QUERY_MAX, `Use at most ${SEARCH_QUERY_MAX} characters.`),
    min_price: price,
    max_price: price,
    max_delivery_days: z.string(),
    sort: z.string(),
  })
  .refine(
    ({ min_price, max_price }) =>
      min_price === "" || max_price === "" || Number(min_price) <= Number(max_price),
    { error: "Must be at least the minimum price.", path: ["max_price"] },
  );

export type SearchFormValues = z.input<typeof searchFormSchema>;

export function searchFormValuesFrom(search: GigSearch, sort: GigSort): SearchFormValues {
  return {
    q: search.q,
    min_price: search.minPrice,
    max_price: search.maxPrice,
    max_delivery_days: search.maxDeliveryDays === null ? "" : String(search.maxDeliveryDays),
    sort,
  };
}

/** The sort a search without an explicit one uses: relevance with words, newest without. */
export function defaultSortFor(q: string): GigSort {
  return q.trim() ? "relevance" : "newest";
}

/**
 * The search the form asks for; a sort equal to the default for its words is left implicit.
 * A sort left as the select showed it (the default of the current words) stays the default, so
 * typing words into a search sorted "newest" by default ranks them by relevance.
 */
export function searchFromForm(current: GigSearch, values: SearchFormValues): GigSearch {
  const q = values.q.trim();
  const chosen = GIG_SORTS.find((candidate) => candidate === values.sort) ?? null;
  const untouched = current.sort === null && chosen === effectiveSort(current);
  const sort = untouched ? null : chosen;
  const defaultSort = defaultSortFor(q);
  const days = Number(values.max_delivery_days);
  return withChanges(current, {
    q,
    minPrice: normalizePrice(values.min_price),
    maxPrice: normalizePrice(values.max_price),
    maxDeliveryDays: Number.isInteger(days) && days >= 1 && days <= 90 ? days : null,
    sort: sort === defaultSort ? null : sort,
  });
}
