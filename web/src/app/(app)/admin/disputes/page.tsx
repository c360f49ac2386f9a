import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { parseDisputeFilters } from "@/lib/admin/filters";
import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { DisputesView } from "./disputes-view";

export const metadata: Metadata = { title: "Disputes · Admin" };

export default async function AdminDisputesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const filters = parseDisputeFilters(await searchParams);
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.disputes(filters, await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Disputes">
        Orders a client or freelancer asked an admin to look at, newest first. Read the reason, the
        order&apos;s timeline and the parties&apos; messages, then resolve the dispute by completing
        or cancelling the order.
      </AdminPageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DisputesView />
      </HydrationBoundary>
    </div>
  );
}
