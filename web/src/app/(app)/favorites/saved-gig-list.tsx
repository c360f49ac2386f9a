"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";

import { GigGrid } from "@/components/gigs/gig-card";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { favoriteQueries } from "@/queries/favorites";

import { SavedGigsEmpty } from "./saved-gigs-empty";

export function SavedGigList() {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(favoriteQueries.list());
  const gigs = data.pages.flatMap((page) => page.items);

  if (gigs.length === 0) return <SavedGigsEmpty />;

  return (
    <div className="space-y-6">
      <GigGrid gigs={gigs} />
      {isFetchNextPageError ? (
        <FormAlert message="Could not load more saved gigs. Try again." />
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        {hasNextPage ? (
          <Button
            variant="secondary"
            isLoading={isFetchingNextPage}
            onClick={() => void fetchNextPage()}
          >
            Load more
          </Button>
        ) : null}
        <p role="status" className="text-sm text-slate-500">
          {`Showing ${gigs.length} saved ${gigs.length === 1 ? "gig" : "gigs"}${hasNextPage ? "" : ", all loaded"}.`}
        </p>
      </div>
    </div>
  );
}
