import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { gigQueries } from "@/queries/gigs";

import { MyGigsList } from "./my-gigs-list";

export const metadata: Metadata = { title: "Your gigs" };

/** The freelancer's own gigs, inactive ones included (the API shows those to their owner). */
export default async function MyGigsPage() {
  const { user } = await requireSession("/dashboard/gigs");
  const queryClient = getServerQueryClient();
  await queryClient.infiniteQuery(gigQueries.byFreelancer(user.id, await requestApi()));

  return (
    <div className="space-y-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your gigs</h1>
          <p className="mt-2 text-slate-600">
            Deactivate a gig to take it off the marketplace without losing it; activate it again
            whenever you like.
          </p>
        </div>
        <Link
          href="/gigs/new"
          className="inline-flex min-h-10 items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Create a gig
        </Link>
      </div>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <MyGigsList userId={user.id} />
      </HydrationBoundary>
    </div>
  );
}
