import type { OrderStatus } from "../api/types";
import { OPEN_STATUSES, ORDER_STATUSES, STATUS_LABEL } from "./statuses";

/**
 * The /orders page keeps its state in the URL (`?role=freelancer&status=action`), so a filtered
 * list can be linked to (the dashboard does) and survives a reload. Unknown values fall back to
 * the defaults instead of failing.
 */

export type OrderListRole = "client" | "freelancer";
export type StatusFilter = "all" | "action" | "active" | OrderStatus;

export interface OrderListFilters {
  role: OrderListRole;
  status: StatusFilter;
}

export const DEFAULT_FILTERS: OrderListFilters = { role: "client", status: "all" };

export const ROLE_TABS: readonly { role: OrderListRole; label: string }[] = [
  { role: "client", label: "Buying" },
  { role: "freelancer", label: "Selling" },
];

export const STATUS_FILTER_OPTIONS: readonly { value: StatusFilter; label: string }[] = [
  { value: "all", label: "All orders" },
  { value: "action", label: "Needs your action" },
  { value: "active", label: "Active" },
  ...ORDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] })),
];

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseOrderListFilters(params: SearchParams): OrderListFilters {
  const role = first(params.role);
  const status = first(params.status);
  return {
    role: role === "freelancer" ? "freelancer" : DEFAULT_FILTERS.role,
    status: STATUS_FILTER_OPTIONS.find((option) => option.value === status)?.value ?? "all",
  };
}

/**
 * "Needs your action" as GET /orders/my can ask for it: the statuses in which each side holds the
 * next move. Each order says whose turn it is (`waiting_for`), but the list takes no such filter, so
 * the query spells it as statuses.
 */
const AWAITING: Record<OrderListRole, readonly OrderStatus[]> = {
  client: ["PENDING_PAYMENT", "SUBMITTED"],
  freelancer: ["PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED", "IN_PROGRESS", "REVISION_REQUESTED"],
};

/** The `status` query of GET /orders/my; empty means every status. */
export function statusesFor({ role, status }: OrderListFilters): OrderStatus[] {
  if (status === "all") return [];
  if (status === "action") return [...AWAITING[role]];
  if (status === "active") return [...OPEN_STATUSES];
  return [status];
}

export function orderListHref(filters: OrderListFilters): string {
  const query = new URLSearchParams();
  if (filters.role !== DEFAULT_FILTERS.role) query.set("role", filters.role);
  if (filters.status !== DEFAULT_FILTERS.status) query.set("status", filters.status);
  const search = query.toString();
  return search ? `/orders?${search}` : "/orders";
}
