import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import {
  orderListHref,
  parseOrderListFilters,
  statusesFor,
  type OrderListFilters,
} from "@/lib/orders/list-filters";
import { getQueryClient } from "@/lib/query/query-client";
import { firstOrderPage, ORDER_PAGE_SIZE, orderKeys } from "@/queries/orders";

import { OrdersBrowser } from "./orders-browser";

export const metadata: Metadata = { title: "Orders" };

interface OrdersPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The first page of the list the URL asks for, fetched here so it arrives with the HTML. */
async function prefetchFirstPage(filters: OrderListFilters) {
  const api = await requestApi();
  const { data, response } = await api.GET("/orders/my", {
    params: {
      query: { role: filters.role, status: statusesFor(filters), limit: ORDER_PAGE_SIZE },
    },
  });
  if (!data) throw new Error(`GET /orders/my failed with status ${response.status}`);
  return data;
}

export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const filters = parseOrderListFilters(await searchParams);
  await requireSession(orderListHref(filters));

  const queryClient = getQueryClient();
  queryClient.setQueryData(
    orderKeys.list(filters),
    firstOrderPage(await prefetchFirstPage(filters)),
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Orders</h1>
        <p className="mt-2 text-slate-600">
          What you are buying and selling, and which orders are waiting for you.
        </p>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OrdersBrowser filters={filters} />
      </HydrationBoundary>
    </div>
  );
}
