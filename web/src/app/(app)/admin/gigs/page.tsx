import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { parseGigFilters } from "@/lib/admin/filters";
import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { GigsView } from "./gigs-view";

export const metadata: Metadata = { title: "Gigs · Admin" };

export default async function AdminGigsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const filters = parseGigFilters(await searchParams);
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.gigs(filters, await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Gigs">
        Every gig on the marketplace, inactive ones included. Suspending a gig takes it off the
        public list until an admin reactivates it; its freelancer sees the reason but cannot list it
        again, and nobody can order it.
      </AdminPageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <GigsView />
      </HydrationBoundary>
    </div>
  );
}
