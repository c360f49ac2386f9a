/**
 * The /gigs page keeps its whole state in the URL (shareable links, a working back button). This
 * module is the one place that reads such a URL and writes one back; it is pure, so it is tested
 * directly. Anything the API would refuse is dropped here rather than turned into an error page.
 */
import { API_LIMITS, SEARCH_QUERY_MAX } from "../api/limits";
import type { GigSort } from "../api/types";
import { isUuid } from "../uuid";
import { MAX_TAGS, normalTag } from "./tags";

export const GIGS_PATH = "/gigs";
export const GIGS_PAGE_SIZE = 20;

export const GIG_SORTS: readonly GigSort[] = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "rating",
  "popular",
];

export interface GigSearch {
  q: string;
  minPrice: string;
  maxPrice: string;
  maxDeliveryDays: number | null;
  /** null means the default: relevance with a query, newest without. */
  sort: GigSort | null;
  freelancerId: string | null;
  /** A category's slug (a top category includes its children), or null for all. */
  category: string | null;
  /** Skills every gig must have, normalised as the API stores them. */
  tags: string[];
  cursor: string | null;
  /** 1-based, for display only: the cursor is what selects the rows. */
  page: number;
  /**
   * The cursors of the pages before this one (from page 2 on, oldest first), so "Previous" can
   * go back: the API's keyset cursors only lead forward. At most MAX_TRAIL are kept.
   */
  trail: string[];
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

const MAX_CURSOR_LENGTH = 512;
/** How many earlier pages "Previous" can go back through (each cursor is ~100 characters). */
export const MAX_TRAIL = 8;
/** Joins the trail's cursors in one parameter: a cursor never holds a dot. */
const TRAIL_SEPARATOR = ".";
const MAX_PRICE = API_LIMITS.GigCreate.price.max;
const PRICE_PATTERN = /^\d{1,6}(\.\d{1,2})?$/;
const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const TAG_PATTERN = /^[a-z0-9+#.-]{2,24}$/;

function all(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The valid tags of repeated `tag` parameters, normalised, each once, at most MAX_TAGS. */
function parseTags(value: string | string[] | undefined): string[] {
  const tags = all(value)
    .map(normalTag)
    .filter((tag) => TAG_PATTERN.test(tag));
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** A price the API accepts as a filter ("49", "49.5", "49.50"), or "" for none. */
export function normalizePrice(raw: string): string {
  const value = raw.trim();
  if (!PRICE_PATTERN.test(value) || Number(value) > MAX_PRICE) return "";
  return value;
}

function parseWholeNumber(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,3}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

function parseSort(raw: string, q: string): GigSort | null {
  const sort = GIG_SORTS.find((candidate) => candidate === raw) ?? null;
  // Relevance needs words to rank by; without them the default (newest) is the same thing.
  return sort === "relevance" && q === "" ? null : sort;
}

function isCursor(cursor: string): boolean {
  return cursor !== "" && cursor.length <= MAX_CURSOR_LENGTH && CURSOR_PATTERN.test(cursor);
}

/** The earlier pages' cursors, as many as fit before `page` (page 2's trail is empty). */
function parseTrail(raw: string, page: number): string[] {
  const cursors = raw.split(TRAIL_SEPARATOR).slice(0, MAX_TRAIL);
  if (raw === "" || !cursors.every(isCursor)) return [];
  return cursors.slice(Math.max(0, cursors.length - (page - 2)));
}

export function parseGigSearch(params: RawSearchParams): GigSearch {
  const q = first(params.q).slice(0, SEARCH_QUERY_MAX);
  const freelancerId = first(params.freelancer_id);
  const cursor = first(params.cursor);
  const hasCursor = isCursor(cursor);
  const page = hasCursor ? (parseWholeNumber(first(params.page), 2, 999) ?? 2) : 1;
  return {
    q,
    minPrice: normalizePrice(first(params.min_price)),
    maxPrice: normalizePrice(first(params.max_price)),
    maxDeliveryDays: parseWholeNumber(first(params.max_delivery_days), 1, 90),
    sort: parseSort(first(params.sort), q),
    freelancerId: isUuid(freelancerId) ? freelancerId.toLowerCase() : null,
    category: SLUG_PATTERN.test(first(params.category)) ? first(params.category) : null,
    tags: parseTags(params.tag),
    cursor: hasCursor ? cursor : null,
    page,
    trail: hasCursor ? parseTrail(first(params.back), page) : [],
  };
}

export const EMPTY_SEARCH: GigSearch = parseGigSearch({});

export function effectiveSort(search: GigSearch): GigSort {
  return search.sort ?? (search.q ? "relevance" : "newest");
}

export function hasFilters(search: GigSearch): boolean {
  return (
    search.minPrice !== "" ||
    search.maxPrice !== "" ||
    search.maxDeliveryDays !== null ||
    search.freelancerId !== null ||
    search.tags.length > 0
  );
}

/** The query string of GET /gigs for this search. */
export function gigListQuery(search: GigSearch, limit = GIGS_PAGE_SIZE) {
  return {
    limit,
    ...(search.q ? { q: search.q } : {}),
    ...(search.minPrice ? { min_price: search.minPrice } : {}),
    ...(search.maxPrice ? { max_price: search.maxPrice } : {}),
    ...(search.maxDeliveryDays !== null ? { max_delivery_days: search.maxDeliveryDays } : {}),
    ...(search.freelancerId ? { freelancer_id: search.freelancerId } : {}),
    ...(search.category ? { category: search.category } : {}),
    ...(search.tags.length > 0 ? { tag: search.tags } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(search.cursor ? { cursor: search.cursor } : {}),
  };
}

/** The canonical /gigs URL of a search: fixed parameter order, nothing empty. */
export function gigSearchHref(search: GigSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.minPrice) params.set("min_price", search.minPrice);
  if (search.maxPrice) params.set("max_price", search.maxPrice);
  if (search.maxDeliveryDays !== null) {
    params.set("max_delivery_days", String(search.maxDeliveryDays));
  }
  if (search.freelancerId) params.set("freelancer_id", search.freelancerId);
  if (search.category) params.set("category", search.category);
  for (const tag of search.tags) params.append("tag", tag);
  if (search.sort) params.set("sort", search.sort);
  if (search.cursor) {
    params.set("cursor", search.cursor);
    params.set("page", String(search.page));
    if (search.trail.length > 0) params.set("back", search.trail.join(TRAIL_SEPARATOR));
  }
  const query = params.toString();
  return query ? `${GIGS_PATH}?${query}` : GIGS_PATH;
}

/** A new question starts again at the first page: an old cursor belongs to the old question. */
export function withChanges(
  search: GigSearch,
  changes: Partial<Omit<GigSearch, "cursor" | "page" | "trail">>,
): GigSearch {
  const next = { ...search, ...changes, cursor: null, page: 1, trail: [] };
  return { ...next, sort: parseSort(next.sort ?? "", next.q) };
}

export function nextPageOf(search: GigSearch, cursor: string): GigSearch {
  const trail = search.cursor ? [...search.trail, search.cursor].slice(-MAX_TRAIL) : [];
  return { ...search, cursor, page: search.page + 1, trail };
}

export function firstPageOf(search: GigSearch): GigSearch {
  return { ...search, cursor: null, page: 1, trail: [] };
}

/** The page before this one, or null on the first page and beyond what the trail remembers. */
export function previousPageOf(search: GigSearch): GigSearch | null {
  if (search.page <= 1) return null;
  if (search.page === 2) return firstPageOf(search);
  const cursor = search.trail.at(-1);
  if (cursor === undefined) return null;
  return { ...search, cursor, page: search.page - 1, trail: search.trail.slice(0, -1) };
}

/** How many filters of the form are set (the freelancer filter is shown apart from it). */
export function activeFilterCount(search: GigSearch): number {
  return [search.minPrice !== "", search.maxPrice !== "", search.maxDeliveryDays !== null].filter(
    Boolean,
  ).length;
}

/** Keeps the words, the category and the sort; drops price, delivery, skills and freelancer filters. */
export function withoutFilters(search: GigSearch): GigSearch {
  return withChanges(search, {
    minPrice: "",
    maxPrice: "",
    maxDeliveryDays: null,
    freelancerId: null,
    tags: [],
  });
}

/** The search with one more skill to match (at most MAX_TAGS), from the first page. */
export function withTag(search: GigSearch, tag: string): GigSearch {
  if (search.tags.includes(tag) || search.tags.length >= MAX_TAGS) return search;
  return withChanges(search, { tags: [...search.tags, tag] });
}

export function withoutTag(search: GigSearch, tag: string): GigSearch {
  return withChanges(search, { tags: search.tags.filter((candidate) => candidate !== tag) });
}
