"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { gigQueries } from "@/queries/gigs";

import { MyGigItem } from "./my-gig-item";

/**
 * The owner's gigs with their controls. One polite status region announces what each action
 * did; after a deletion, focus moves to the list's heading instead of falling to the page.
 */
export function MyGigsList({ userId }: { userId: string }) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(gigQueries.byFreelancer(userId));
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const gigs = data.pages.flatMap((page) => page.items);
  const activeCount = gigs.filter((gig) => gig.is_active).length;

  function onDeleted(message: string) {
    setAnnouncement(message);
    headingRef.current?.focus();
  }

  return (
    <section aria-labelledby="my-gigs-heading" className="space-y-4">
      <h2
        id="my-gigs-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-sm font-medium text-slate-600"
      >
        {gigs.length === 0
          ? "No gigs yet"
          : `${gigs.length} ${gigs.length === 1 ? "gig" : "gigs"}, ${activeCount} active`}
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {gigs.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <p className="text-lg font-semibold text-slate-900">You are not selling anything yet</p>
          <p className="mt-2 text-slate-600">
            Describe one thing you do well, set a price and a delivery time, and publish it.
          </p>
          <Link
            href="/gigs/new"
            className="mt-6 inline-flex min-h-10 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Create your first gig
          </Link>
        </div>
      ) : (
        <ul className="space-y-3">
          {gigs.map((gig) => (
            <li key={gig.id}>
              <MyGigItem gig={gig} onChanged={setAnnouncement} onDeleted={onDeleted} />
            </li>
          ))}
        </ul>
      )}
      {isFetchNextPageError ? <FormAlert message="Could not load more gigs. Try again." /> : null}
      {hasNextPage ? (
        <Button
          variant="secondary"
          isLoading={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          Show more gigs
        </Button>
      ) : null}
    </section>
  );
}
