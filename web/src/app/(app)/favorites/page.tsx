import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { favoriteQueries } from "@/queries/favorites";

import { SavedGigList } from "./saved-gig-list";

export const metadata: Metadata = { title: "Saved gigs" };

/** The gigs the viewer saved with a heart, most recently saved first. */
export default async function FavoritesPage() {
  await requireSession("/favorites");

  const queryClient = getServerQueryClient();
  // The first page arrives with the HTML; the list needs it (a failure is this page's error).
  await queryClient.infiniteQuery(favoriteQueries.list(await requestApi()));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Saved gigs</h1>
        <p className="mt-2 text-slate-600">
          Gigs you saved with the heart, to compare and order when you are ready.
        </p>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SavedGigList />
      </HydrationBoundary>
    </div>
  );
}
