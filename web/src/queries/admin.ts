import {
  infiniteQueryOptions,
  keepPreviousData,
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";

import {
  bannedParam,
  type DeadlineFilters,
  type DisputeFilters,
  type GigFilters,
  type OrderFilters,
  type UserFilters,
} from "@/lib/admin/filters";
import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, Gig, OrderDetail, OrderOverride } from "@/lib/api/types";

import { gigKeys } from "./gigs";
import { refetchOrder, storeOrder } from "./orders";

/** Rows per page of every admin table. */
export const ADMIN_PAGE_SIZE = 20;

type Cursor = string | null;

/** Every cache key of the admin area comes from here, so a write can invalidate by prefix. */
export const adminKeys = {
  all: ["admin"] as const,
  users: () => [...adminKeys.all, "users"] as const,
  userList: (filters: UserFilters) => [...adminKeys.users(), filters] as const,
  gigs: () => [...adminKeys.all, "gigs"] as const,
  gigList: (filters: GigFilters) => [...adminKeys.gigs(), filters] as const,
  orders: () => [...adminKeys.all, "orders"] as const,
  orderList: (filters: OrderFilters) => [...adminKeys.orders(), filters] as const,
  /** Orders the platform's timers will move soon (under `orders`, so an override refreshes it). */
  orderDeadlines: (filters: DeadlineFilters) =>
    [...adminKeys.orders(), "deadlines", filters] as const,
  /** A disputed order's messages (the parties' thread on the order page). */
  orderMessages: (orderId: string) => [...adminKeys.all, "order-messages", orderId] as const,
  disputes: () => [...adminKeys.all, "disputes"] as const,
  disputeList: (filters: DisputeFilters) => [...adminKeys.disputes(), filters] as const,
  auditLog: () => [...adminKeys.all, "audit-log"] as const,
  /** The outbox: mail that could not be sent. */
  emails: () => [...adminKeys.all, "emails"] as const,
  failedEmails: () => [...adminKeys.emails(), "failed"] as const,
};

const firstPage = { initialPageParam: null as Cursor } as const;

/** A filtered table keeps showing the rows it has while the next filter's rows load. */
const filteredList = { ...firstPage, placeholderData: keepPreviousData } as const;

function nextPageParam(page: { next_cursor?: string | null }): Cursor | undefined {
  return page.next_cursor ?? undefined;
}

/**
 * `api` defaults to the browser client; Server Components pass `await requestApi()` to prefetch
 * the first page with the visitor's cookie.
 */
export const adminQueries = {
  users: (filters: UserFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.userList(filters),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/users", {
            params: {
              query: {
                q: filters.q || undefined,
                banned: bannedParam(filters.banned),
                limit: ADMIN_PAGE_SIZE,
                cursor: pageParam ?? undefined,
              },
            },
            signal,
          }),
        ),
      ...filteredList,
      getNextPageParam: nextPageParam,
    }),
  gigs: (filters: GigFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.gigList(filters),
      // As an admin, GET /gigs lists inactive gigs too; newest first keeps the order predictable.
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/gigs", {
            params: {
              query: {
                q: filters.q || undefined,
                sort: filters.q ? undefined : "newest",
                limit: ADMIN_PAGE_SIZE,
                cursor: pageParam ?? undefined,
              },
            },
            signal,
          }),
        ),
      ...filteredList,
      getNextPageParam: nextPageParam,
    }),
  orders: (filters: OrderFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.orderList(filters),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/orders", {
            params: {
              query: {
                q: filters.q || undefined,
                status: filters.status === "all" ? undefined : filters.status,
                limit: ADMIN_PAGE_SIZE,
                cursor: pageParam ?? undefined,
              },
            },
            signal,
          }),
        ),
      ...filteredList,
      getNextPageParam: nextPageParam,
    }),
  /** One page only (the API returns at most 100, soonest first), in the shape the admin lists use. */
  orderDeadlines: (filters: DeadlineFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.orderDeadlines(filters),
      queryFn: async ({ signal }) => ({
        items: await unwrap(
          api.GET("/admin/orders/deadlines", {
            params: { query: { within_hours: Number(filters.within), limit: 100 } },
            signal,
          }),
        ),
      }),
      ...filteredList,
      getNextPageParam: () => undefined,
    }),
  disputes: (filters: DisputeFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.disputeList(filters),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/disputes", {
            params: {
              query: {
                status: filters.status,
                limit: ADMIN_PAGE_SIZE,
                cursor: pageParam ?? undefined,
              },
            },
            signal,
          }),
        ),
      ...filteredList,
      getNextPageParam: nextPageParam,
    }),
  orderMessages: (orderId: string, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.orderMessages(orderId),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/orders/{order_id}/messages", {
            params: {
              path: { order_id: orderId },
              query: { limit: ADMIN_PAGE_SIZE, cursor: pageParam ?? undefined },
            },
            signal,
          }),
        ),
      ...firstPage,
      getNextPageParam: nextPageParam,
    }),
  auditLog: (api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.auditLog(),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/audit-log", {
            params: { query: { limit: ADMIN_PAGE_SIZE, cursor: pageParam ?? undefined } },
            signal,
          }),
        ),
      ...firstPage,
      getNextPageParam: nextPageParam,
    }),
  /** Failed mail, newest first; never its content (reset links are secrets). */
  failedEmails: (api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: adminKeys.failedEmails(),
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          api.GET("/admin/emails", {
            params: {
              query: { status: "failed", limit: ADMIN_PAGE_SIZE, cursor: pageParam ?? undefined },
            },
            signal,
          }),
        ),
      ...firstPage,
      getNextPageParam: nextPageParam,
    }),
};

/** Every admin write lands in the audit log, so its cached pages are stale after any of them. */
function invalidateAfterWrite(queryClient: QueryClient, ...keys: (readonly unknown[])[]) {
  for (const queryKey of [...keys, adminKeys.auditLog()]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

export function useBanUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, reason }: { userId: string; reason: string }) =>
      unwrap(
        browserApi.POST("/admin/users/{user_id}/ban", {
          params: { path: { user_id: userId } },
          body: { reason },
        }),
      ),
    onSuccess: () => {
      // A banned freelancer's gigs leave the public lists (and come back on unban).
      invalidateAfterWrite(queryClient, adminKeys.users(), gigKeys.lists());
    },
  });
}

export function useUnbanUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        browserApi.POST("/admin/users/{user_id}/unban", { params: { path: { user_id: userId } } }),
      ),
    onSuccess: () => {
      // A banned freelancer's gigs leave the public lists (and come back on unban).
      invalidateAfterWrite(queryClient, adminKeys.users(), gigKeys.lists());
    },
  });
}

/** A suspension (or its lifting) changes the gig everywhere: admin tables, lists, its own page. */
function storeModeratedGig(queryClient: QueryClient, gig: Gig) {
  queryClient.setQueryData(gigKeys.detail(gig.id), gig);
  invalidateAfterWrite(queryClient, adminKeys.gigs(), gigKeys.lists());
}

/** Takes a gig down with a reason its owner sees; only an admin lifts it (useReactivateGig). */
export function useSuspendGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ gigId, reason }: { gigId: string; reason: string }) =>
      unwrap(
        browserApi.PATCH("/admin/gigs/{gig_id}/deactivate", {
          params: { path: { gig_id: gigId } },
          body: { reason },
        }),
      ),
    onSuccess: (gig) => {
      storeModeratedGig(queryClient, gig);
    },
  });
}

export function useReactivateGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (gigId: string) =>
      unwrap(
        browserApi.PATCH("/admin/gigs/{gig_id}/reactivate", {
          params: { path: { gig_id: gigId } },
        }),
      ),
    onSuccess: (gig) => {
      storeModeratedGig(queryClient, gig);
    },
  });
}

export type OverrideRequest = OrderOverride & { orderId: string };

/**
 * The admin override, from the admin panel and from the order page alike: forces an open order to
 * COMPLETED or CANCELLED; the API also resolves its open disputes and audits the move. The answer
 * is the order as its page shows it (timeline included), so it is stored; the admin tables, the
 * disputes queue and the audit log are read again. A refused override reads the order again: it
 * may have moved on under us.
 */
export function overrideOrderMutation(queryClient: QueryClient, api: ApiClient = browserApi) {
  return mutationOptions({
    mutationFn: ({ orderId, ...override }: OverrideRequest) =>
      unwrap(
        api.PATCH("/admin/orders/{order_id}/status", {
          params: { path: { order_id: orderId } },
          body: override,
        }),
      ),
    onSuccess: (order: OrderDetail) => {
      storeOrder(queryClient, order);
      invalidateAfterWrite(queryClient, adminKeys.orders(), adminKeys.disputes());
    },
    onError: (_error: unknown, { orderId }: OverrideRequest) => {
      refetchOrder(queryClient, orderId);
    },
  });
}

export function useOverrideOrderStatus() {
  return useMutation(overrideOrderMutation(useQueryClient()));
}

/** Puts a failed mail back in the queue (due now); it leaves the failed list once it is read again. */
export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (emailId: number) =>
      unwrap(
        browserApi.POST("/admin/emails/{email_id}/retry", {
          params: { path: { email_id: emailId } },
        }),
      ),
    onSettled: () => {
      // A 409 means someone else retried it first: reading the list again shows that too.
      invalidateAfterWrite(queryClient, adminKeys.emails());
    },
  });
}
