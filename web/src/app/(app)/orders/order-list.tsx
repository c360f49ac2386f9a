"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { OrderListFilters } from "@/lib/orders/list-filters";
import { orderQueries } from "@/queries/orders";

import { OrderListEmpty } from "./order-list-empty";
import { OrderRow } from "./order-row";

export function OrderList({ filters }: { filters: OrderListFilters }) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(orderQueries.list(filters));
  const orders = data.pages.flatMap((page) => page.items);

  if (orders.length === 0) return <OrderListEmpty filters={filters} />;

  return (
    <div className="space-y-4">
      <ul className="space-y-3">
        {orders.map((order) => (
          <li key={order.id}>
            <OrderRow order={order} role={filters.role} />
          </li>
        ))}
      </ul>
      {isFetchNextPageError ? <FormAlert message="Could not load more orders. Try again." /> : null}
      {hasNextPage ? (
        <Button
          variant="secondary"
          isLoading={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          Show more orders
        </Button>
      ) : null}
      <p role="status" className="text-sm text-slate-500">
        {`Showing ${orders.length} ${orders.length === 1 ? "order" : "orders"}${hasNextPage ? "" : ", all loaded"}.`}
      </p>
    </div>
  );
}
