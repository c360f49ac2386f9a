import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { parseDeadlineFilters } from "@/lib/admin/filters";
import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../../_components/admin-page-header";
import { OrdersSubnav } from "../orders-subnav";
import { DeadlinesView } from "./deadlines-view";

export const metadata: Metadata = { title: "Orders due soon · Admin" };

export default async function AdminOrderDeadlinesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const filters = parseDeadlineFilters(await searchParams);
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.orderDeadlines(filters, await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Orders due soon">
        Unpaid orders DevMarket will cancel and deliveries it will approve on the client&apos;s
        behalf, soonest first. Orders with an open dispute are paused and are not listed. Step in
        before the deadline when a party asks you to.
      </AdminPageHeader>
      <OrdersSubnav current="/admin/orders/deadlines" />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DeadlinesView />
      </HydrationBoundary>
    </div>
  );
}
