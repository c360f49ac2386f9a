import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type {
  ApiClient,
  OrderAction,
  OrderDetail,
  OrderPage,
  PaymentProofInput,
} from "@/lib/api/types";
import { statusesFor, type OrderListFilters } from "@/lib/orders/list-filters";
import { ORDER_ACTIONS } from "@/lib/orders/vocabulary";

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

const ORDER_PAGE_SIZE = 20;

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const orderQueries = {
  detail: (orderId: string, api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: orderKeys.detail(orderId),
      queryFn: () =>
        unwrap(api.GET("/orders/{order_id}", { params: { path: { order_id: orderId } } })),
    }),
  list: (filters: OrderListFilters, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: orderKeys.list(filters),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/orders/my", {
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
  summary: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: orderKeys.summary(),
      queryFn: () => unwrap(api.GET("/orders/my/summary")),
    }),
};

/** A transition's answer is the order as it now stands: store it, and let lists catch up. */
export function storeOrder(queryClient: QueryClient, order: OrderDetail): void {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: orderKeys.summary() });
}

/** After a refused action the order may have moved on under us: read it again. */
export function refetchOrder(queryClient: QueryClient, orderId: string): void {
  void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
}

/** A lifecycle action on its own endpoint (the admin override is `useOverrideOrderStatus`). */
export interface TransitionRequest {
  action: OrderAction;
  /** The reason or note the action's body carries (ignored by those without one). */
  text: string;
  /** Uploaded files a delivery carries (ignored by the other actions). */
  fileIds?: string[];
}

/** Sends `action` the way the vocabulary says: its endpoint, with the body it takes. */
function sendTransition(
  api: ApiClient,
  orderId: string,
  { action, text, fileIds = [] }: TransitionRequest,
) {
  const { endpoint } = ORDER_ACTIONS[action];
  const path = { order_id: orderId };
  if (endpoint.kind !== "transition") {
    throw new Error(`${action} is not a transition of its own endpoint`);
  }
  switch (endpoint.body) {
    case "none":
      return api.PATCH(endpoint.path, { params: { path } });
    case "reason":
      return api.PATCH(endpoint.path, { params: { path }, body: { reason: text } });
    case "note":
      return api.PATCH(endpoint.path, {
        params: { path },
        body: { note: text, file_ids: fileIds },
      });
  }
}

export function useOrderTransition(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionRequest) =>
      unwrap(sendTransition(browserApi, orderId, request)),
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
