import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { parseOrderFilters } from "@/lib/admin/filters";
import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { OrdersSubnav } from "./orders-subnav";
import { OrdersView } from "./orders-view";

export const metadata: Metadata = { title: "Orders · Admin" };

export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const filters = parseOrderFilters(await searchParams);
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.orders(filters, await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Orders">
        Every order on the marketplace, newest first: find one by its reference code or by a
        party&apos;s name or email. When the parties cannot finish an order themselves, override it
        to completed or cancelled with a reason both of them will see.
      </AdminPageHeader>
      <OrdersSubnav current="/admin/orders" />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OrdersView />
      </HydrationBoundary>
    </div>
  );
}
