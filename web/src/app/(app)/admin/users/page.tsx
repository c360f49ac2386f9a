import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { parseUserFilters } from "@/lib/admin/filters";
import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { UsersView } from "./users-view";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const filters = parseUserFilters(await searchParams);
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.users(filters, await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Users">
        Find people by name or email, and suspend accounts that break the rules. A ban takes effect
        on the person&apos;s very next request and blocks signing in; their gigs leave the public
        list.
      </AdminPageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <UsersView />
      </HydrationBoundary>
    </div>
  );
}
