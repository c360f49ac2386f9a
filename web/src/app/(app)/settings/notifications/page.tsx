import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { emailQueries } from "@/queries/email";

import { EmailPreferenceSwitches } from "./email-preference-switches";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  await requireSession("/settings/notifications");
  const queryClient = getServerQueryClient();
  // The switches need their state; a failure is this page's error.
  await queryClient.query(emailQueries.preferences(await requestApi()));
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Email notifications</h1>
      <p className="mt-2 text-slate-600">
        Choose which emails DevMarket sends you. Emails about your account, like password resets and
        address verification, are always sent.
      </p>
      <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <EmailPreferenceSwitches />
        </HydrationBoundary>
      </div>
    </div>
  );
}
