import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { orderListHref, parseOrderListFilters } from "@/lib/orders/list-filters";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { orderQueries } from "@/queries/orders";

import { OrdersBrowser } from "./orders-browser";

export const metadata: Metadata = { title: "Orders" };

interface OrdersPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const filters = parseOrderListFilters(await searchParams);
  await requireSession(orderListHref(filters));

  const queryClient = getServerQueryClient();
  // The first page of the list the URL asks for arrives with the HTML; the list needs it (a failure
  // is this page's error).
  await queryClient.infiniteQuery(orderQueries.list(filters, await requestApi()));

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
