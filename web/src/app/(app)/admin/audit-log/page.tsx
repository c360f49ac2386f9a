import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { AuditLogView } from "./audit-log-view";

export const metadata: Metadata = { title: "Audit log · Admin" };

export default async function AdminAuditLogPage() {
  await requireAdminSession("/admin/audit-log");
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient.infiniteQuery(adminQueries.auditLog(await requestApi())).catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Audit log">
        Every admin action — bans, gig deactivations, order overrides — newest first. Entries are
        written with the action itself and never change.
      </AdminPageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AuditLogView />
      </HydrationBoundary>
    </div>
  );
}
