import { SEARCH_QUERY_MAX } from "../api/limits";
import type { DisputeStatus, OrderStatus } from "../api/types";
import { ORDER_STATUSES } from "../orders/statuses";

/**
 * The admin tables' filters live in the URL (shareable, survive a reload, Back undoes them). These
 * pure parsers turn search params into filters the same way on the server (prefetch) and in the
 * browser (the live query), so both ask the API for the same cache key.
 */

export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(params: SearchParamsLike, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim();
}

export const BAN_FILTERS = ["all", "active", "banned"] as const;
export type BanFilter = (typeof BAN_FILTERS)[number];

export interface UserFilters {
  q: string;
  banned: BanFilter;
}

export interface GigFilters {
  q: string;
}

export interface OrderFilters {
  /** A reference code, or a client's or freelancer's name or email. */
  q: string;
  status: OrderStatus | "all";
}

export interface DisputeFilters {
  status: DisputeStatus;
}

/** How far ahead the deadline list looks, in hours (the API allows 1 to 336). */
export const DEADLINE_WINDOWS = ["6", "24", "72", "168"] as const;
export type DeadlineWindow = (typeof DEADLINE_WINDOWS)[number];

export interface DeadlineFilters {
  within: DeadlineWindow;
}

function parseQuery(params: SearchParamsLike): string {
  return readParam(params, "q").slice(0, SEARCH_QUERY_MAX);
}

function oneOf<Value extends string>(
  allowed: readonly Value[],
  raw: string,
  fallback: Value,
): Value {
  return allowed.find((value) => value === raw) ?? fallback;
}

export function parseUserFilters(params: SearchParamsLike): UserFilters {
  return { q: parseQuery(params), banned: oneOf(BAN_FILTERS, readParam(params, "banned"), "all") };
}

export function parseGigFilters(params: SearchParamsLike): GigFilters {
  return { q: parseQuery(params) };
}

export function parseOrderFilters(params: SearchParamsLike): OrderFilters {
  return {
    q: parseQuery(params),
    status: oneOf([...ORDER_STATUSES, "all"], readParam(params, "status"), "all"),
  };
}

export function parseDisputeFilters(params: SearchParamsLike): DisputeFilters {
  return { status: oneOf(["OPEN", "RESOLVED"], readParam(params, "status"), "OPEN") };
}

export function parseDeadlineFilters(params: SearchParamsLike): DeadlineFilters {
  return { within: oneOf(DEADLINE_WINDOWS, readParam(params, "within"), "24") };
}

/** The API's `banned` parameter: absent for "everyone". */
export function bannedParam(filter: BanFilter): boolean | undefined {
  if (filter === "all") return undefined;
  return filter === "banned";
}

/**
 * The query string for a set of filters, leaving defaults out so the plain page URL stays plain.
 * `defaults` holds each filter's default value.
 */
export function filtersToSearch<Filters extends object>(
  filters: Filters,
  defaults: Filters,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters) as [keyof Filters & string, unknown][]) {
    if (typeof value === "string" && value !== "" && value !== defaults[name]) {
      params.set(name, value);
    }
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

export const DEFAULT_USER_FILTERS: UserFilters = { q: "", banned: "all" };
export const DEFAULT_GIG_FILTERS: GigFilters = { q: "" };
export const DEFAULT_ORDER_FILTERS: OrderFilters = { q: "", status: "all" };
export const DEFAULT_DISPUTE_FILTERS: DisputeFilters = { status: "OPEN" };
export const DEFAULT_DEADLINE_FILTERS: DeadlineFilters = { within: "24" };
