import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireAdminSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { adminQueries } from "@/queries/admin";

import { AdminPageHeader } from "../_components/admin-page-header";
import { MailView } from "./mail-view";

export const metadata: Metadata = { title: "Mail · Admin" };

export default async function AdminMailPage() {
  await requireAdminSession("/admin/mail");
  const queryClient = getServerQueryClient();
  // A failed prefetch is left to the browser, whose query retries it and shows the error state.
  await queryClient
    .infiniteQuery(adminQueries.failedEmails(await requestApi()))
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <AdminPageHeader title="Mail">
        Mail that could not be sent: refused by the receiving server, sent to an address that is not
        one, or still undelivered after 8 attempts over about four hours. Retry sends it again now,
        with the same message id, once the cause is fixed.
      </AdminPageHeader>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <MailView />
      </HydrationBoundary>
    </div>
  );
}
