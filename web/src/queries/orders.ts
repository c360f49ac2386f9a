import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { OrderDetail, OrderPage, PaymentProofInput } from "@/lib/api/types";
import { statusesFor, type OrderListFilters } from "@/lib/orders/list-filters";

/**
 * Every cache key of the orders domain comes from here. Live updates (an `order.updated` frame)
 * invalidate `orderKeys.detail(id)`, plus `orderKeys.lists()` and `orderKeys.summary()`.
 */
export const orderKeys = {
  all: ["orders"] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (orderId: string) => [...orderKeys.details(), orderId] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (filters: OrderListFilters) => [...orderKeys.lists(), filters] as const,
  summary: () => [...orderKeys.all, "summary"] as const,
};

export const ORDER_PAGE_SIZE = 20;

export const orderQueries = {
  detail: (orderId: string) =>
    queryOptions({
      queryKey: orderKeys.detail(orderId),
      queryFn: () =>
        unwrap(browserApi.GET("/orders/{order_id}", { params: { path: { order_id: orderId } } })),
    }),
  list: (filters: OrderListFilters) =>
    infiniteQueryOptions({
      queryKey: orderKeys.list(filters),
      queryFn: ({ pageParam }) =>
        unwrap(
          browserApi.GET("/orders/my", {
            params: {
              query: {
                role: filters.role,
                status: statusesFor(filters),
                limit: ORDER_PAGE_SIZE,
                cursor: pageParam,
              },
            },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage: OrderPage) => lastPage.next_cursor,
    }),
  summary: () =>
    queryOptions({
      queryKey: orderKeys.summary(),
      queryFn: () => unwrap(browserApi.GET("/orders/my/summary")),
    }),
};

/** The first page of a list as the infinite query stores it (for server-side prefetching). */
export function firstOrderPage(page: OrderPage) {
  return { pages: [page], pageParams: [null] };
}

/** A transition's answer is the order as it now stands: store it, and let lists catch up. */
export function storeOrder(queryClient: QueryClient, order: OrderDetail): void {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: orderKeys.summary() });
}

/** After a refused action the order may have moved on under us: read it again. */
function refetchOrder(queryClient: QueryClient, orderId: string): void {
  void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
}

/** The actions of DESIGN §6 with the body each one takes (admin overrides included). */
export type TransitionRequest =
  | { action: "confirm-payment" | "start-work" | "approve" }
  | { action: "reject-payment" | "request-revision"; reason: string }
  | { action: "cancel"; reason: string }
  | { action: "submit-work"; note: string }
  | { action: "force-cancel" | "force-complete"; reason: string };

function sendTransition(orderId: string, request: TransitionRequest) {
  const path = { order_id: orderId };
  switch (request.action) {
    case "confirm-payment":
      return browserApi.PATCH("/orders/{order_id}/confirm-payment", { params: { path } });
    case "start-work":
      return browserApi.PATCH("/orders/{order_id}/start-work", { params: { path } });
    case "approve":
      return browserApi.PATCH("/orders/{order_id}/approve", { params: { path } });
    case "reject-payment":
      return browserApi.PATCH("/orders/{order_id}/reject-payment", {
        params: { path },
        body: { reason: request.reason },
      });
    case "request-revision":
      return browserApi.PATCH("/orders/{order_id}/request-revision", {
        params: { path },
        body: { reason: request.reason },
      });
    case "cancel":
      return browserApi.PATCH("/orders/{order_id}/cancel", {
        params: { path },
        body: { reason: request.reason },
      });
    case "submit-work":
      return browserApi.PATCH("/orders/{order_id}/submit-work", {
        params: { path },
        body: { note: request.note },
      });
    case "force-cancel":
    case "force-complete":
      return browserApi.PATCH("/admin/orders/{order_id}/status", {
        params: { path },
        body: {
          status: request.action === "force-cancel" ? "CANCELLED" : "COMPLETED",
          reason: request.reason,
        },
      });
  }
}

export function useOrderTransition(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionRequest) => unwrap(sendTransition(orderId, request)),
    onSuccess: (order: OrderDetail) => {
      storeOrder(queryClient, order);
    },
    onError: () => {
      refetchOrder(queryClient, orderId);
    },
  });
}

export function useSubmitPaymentProof(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proof: PaymentProofInput) =>
      unwrap(
        browserApi.PATCH("/orders/{order_id}/submit-payment", {
          params: { path: { order_id: orderId } },
          body: proof,
        }),
      ),
    onSuccess: (order: OrderDetail) => {
      storeOrder(queryClient, order);
    },
    onError: () => {
      refetchOrder(queryClient, orderId);
    },
  });
}

export function useOpenDispute(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        browserApi.POST("/orders/{order_id}/dispute", {
          params: { path: { order_id: orderId } },
          body: { reason },
        }),
      ),
    // The answer is the dispute, not the order: read the order again for its banner and flags.
    onSettled: () => {
      refetchOrder(queryClient, orderId);
      void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
    },
  });
}

/** "Order this gig", with the client's brief (may be empty): the Idempotency-Key makes a double click or a
 * retry return the same order. */
export function usePlaceOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      gigId,
      requirements = "",
      idempotencyKey,
    }: {
      gigId: string;
      requirements?: string;
      idempotencyKey: string;
    }) =>
      unwrap(
        browserApi.POST("/orders", {
          body: { gig_id: gigId, requirements },
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: (order: OrderDetail) => {
      storeOrder(queryClient, order);
    },
  });
}
