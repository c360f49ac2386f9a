import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { SessionKeepAlive } from "@/components/session-keep-alive";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { VerifyEmailBanner } from "@/components/verify-email-banner";
import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { realtimeConfigFrom } from "@/lib/realtime/endpoint";
import { notificationQueries } from "@/queries/notifications";
import { userKeys } from "@/queries/users";

/**
 * Signed-in area. The proxy already bounced visitors without a cookie; this is the real check
 * (valid token, user accepted by the API) and it seeds the "me" query for every page below.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, claims } = await requireSession();
  const queryClient = getServerQueryClient();
  queryClient.setQueryData(userKeys.me(), user);
  // The bell's list, fetched with the page's own data: the realtime socket catches up from its
  // newest id, so what lands while the page hydrates is still delivered. Fetched in the browser
  // instead, after hydration, that id could already be past it. A failure is left to the bell.
  await queryClient.query(notificationQueries.latest(await requestApi())).catch(() => undefined);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SessionKeepAlive issuedAt={claims.iat} />
      {/* Live messages and order updates for every signed-in page (DESIGN §7). */}
      <RealtimeProvider config={realtimeConfigFrom(getEnv())}>
        <SiteHeader user={user} />
        <VerifyEmailBanner />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </RealtimeProvider>
    </HydrationBoundary>
  );
}
