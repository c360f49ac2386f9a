import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";

import type { ApiClient, OrderDetail } from "@/lib/api/types";

import { adminKeys, overrideOrderMutation } from "../admin";
import { orderKeys } from "../orders";

const closed = { id: "order-1", status: "COMPLETED" } as OrderDetail;

/** A typed client whose only call is the override, answering `status` with `body`. */
function apiAnswering(status: number, body: unknown): { api: ApiClient; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const api = {
    PATCH: (...args: unknown[]) => {
      calls.push(args);
      const response = new Response(JSON.stringify(body), { status });
      return Promise.resolve(status < 400 ? { data: body, response } : { error: body, response });
    },
  } as unknown as ApiClient;
  return { api, calls };
}

/** A client with every cache the override touches loaded, and nothing stale yet. */
function loadedQueryClient(): QueryClient {
  const queryClient = new QueryClient();
  const page = { pages: [{ items: [], next_cursor: null }], pageParams: [null] };
  queryClient.setQueryData(orderKeys.detail("order-1"), { ...closed, status: "IN_PROGRESS" });
  queryClient.setQueryData(orderKeys.list({ role: "client", status: "all" }), page);
  queryClient.setQueryData(orderKeys.summary(), {});
  queryClient.setQueryData(adminKeys.orderList({ q: "", status: "all" }), page);
  queryClient.setQueryData(adminKeys.disputeList({ status: "OPEN" }), page);
  queryClient.setQueryData(adminKeys.auditLog(), page);
  return queryClient;
}

function isStale(queryClient: QueryClient, queryKey: readonly unknown[]): boolean | undefined {
  return queryClient.getQueryState(queryKey)?.isInvalidated;
}

describe("overrideOrderMutation", () => {
  it("stores the closed order and marks the order lists, disputes and audit log stale", async () => {
    const queryClient = loadedQueryClient();
    const { api, calls } = apiAnswering(200, closed);
    const observer = new MutationObserver(queryClient, overrideOrderMutation(queryClient, api));

    await observer.mutate({ orderId: "order-1", status: "COMPLETED", reason: "Delivered." });

    expect(calls[0]?.[0]).toBe("/admin/orders/{order_id}/status");
    expect(queryClient.getQueryData(orderKeys.detail("order-1"))).toEqual(closed);
    expect(isStale(queryClient, orderKeys.detail("order-1"))).toBe(false);
    for (const key of [
      orderKeys.list({ role: "client", status: "all" }),
      orderKeys.summary(),
      adminKeys.orderList({ q: "", status: "all" }),
      adminKeys.disputeList({ status: "OPEN" }),
      adminKeys.auditLog(),
    ]) {
      expect(isStale(queryClient, key), JSON.stringify(key)).toBe(true);
    }
  });

  it("reads the order again when the override is refused", async () => {
    const queryClient = loadedQueryClient();
    const { api } = apiAnswering(409, { detail: "This order is completed", code: "conflict" });
    const observer = new MutationObserver(queryClient, overrideOrderMutation(queryClient, api));

    await expect(
      observer.mutate({ orderId: "order-1", status: "CANCELLED", reason: "Duplicate." }),
    ).rejects.toThrow("This order is completed");

    expect(isStale(queryClient, orderKeys.detail("order-1"))).toBe(true);
    expect(isStale(queryClient, adminKeys.auditLog())).toBe(false);
  });
});
