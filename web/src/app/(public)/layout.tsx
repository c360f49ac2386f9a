import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site-footer";
import { SessionKeepAlive } from "@/components/signed-in-only";
import { SiteHeader } from "@/components/site-header";
import { loadOptionalSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { userKeys } from "@/queries/users";

/** Signed-out area (landing, gigs, auth pages); shows who is signed in when someone is. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const session = await loadOptionalSession();
  const queryClient = getServerQueryClient();
  if (session) queryClient.setQueryData(userKeys.me(), session.user);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      {session ? <SessionKeepAlive issuedAt={session.claims.iat} /> : null}
      <SiteHeader user={session?.user ?? null} />
      <main id="main" className="flex flex-1 flex-col">
        {children}
      </main>
      <SiteFooter />
    </HydrationBoundary>
  );
}
