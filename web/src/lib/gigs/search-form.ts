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
 * works as a plain GET form before JavaScript has loaded. Checked by hand rather than with a
 * schema library: four strings do not need one, and the listing is the page that must load fast.
 */
export interface SearchFormValues {
  q: string;
  min_price: string;
  max_price: string;
  max_delivery_days: string;
  sort: string;
}

export const SEARCH_FORM_FIELDS = [
  "q",
  "min_price",
  "max_price",
  "max_delivery_days",
  "sort",
] as const satisfies readonly (keyof SearchFormValues)[];

/** The fields that can be wrong, each with the sentence that says how, in the form's order. */
export type SearchFormErrors = Partial<Record<"q" | "min_price" | "max_price", string>>;

const PRICE_ERROR = "Enter an amount up to 100000, like 50 or 49.99.";

function isPrice(value: string): boolean {
  return value === "" || normalizePrice(value) !== "";
}

export function searchFormErrors(values: SearchFormValues): SearchFormErrors {
  const errors: SearchFormErrors = {};
  if (values.q.length > SEARCH_QUERY_MAX) {
    errors.q = `Use at most ${SEARCH_QUERY_MAX} characters.`;
  }
  const min = values.min_price.trim();
  const max = values.max_price.trim();
  if (!isPrice(min)) errors.min_price = PRICE_ERROR;
  if (!isPrice(max)) errors.max_price = PRICE_ERROR;
  // Compared only once both are amounts: one mistake at a time.
  if (!errors.min_price && !errors.max_price && min && max && Number(min) > Number(max)) {
    errors.max_price = "Must be at least the minimum price.";
  }
  return errors;
}

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
