"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";

import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { StarRating } from "@/components/ui/star-rating";
import type { Review } from "@/lib/api/types";
import { reviewQueries } from "@/queries/reviews";

import { ReviewComment } from "./review-comment";

/** Whose reviews: a gig's (left by its clients) or a person's (everything they received). */
export type ReviewSource = { gigId: string } | { userId: string };

function queryFor(source: ReviewSource) {
  return "gigId" in source
    ? reviewQueries.byGig(source.gigId)
    : reviewQueries.byUser(source.userId);
}

function ReviewItem({ review, showGigTitle }: { review: Review; showGigTitle: boolean }) {
  return (
    <article className="flex gap-3 border-b border-slate-200 py-4 last:border-b-0">
      <Avatar name={review.reviewer.full_name} url={review.reviewer.avatar_url} size="sm" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold text-slate-900">
            <bdi>{review.reviewer.full_name}</bdi>
          </h3>
          <StarRating rating={review.rating} />
        </div>
        {showGigTitle ? <p className="text-sm text-slate-500">for “{review.gig_title}”</p> : null}
        <ReviewComment review={review} />
      </div>
    </article>
  );
}

/**
 * A list of reviews, newest first, ten at a time. The page prefetches the first ten on the
 * server; "Show more reviews" reads the next page with its cursor.
 */
export function ReviewFeed({ source, emptyText }: { source: ReviewSource; emptyText: string }) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(queryFor(source));
  const reviews = data.pages.flatMap((page) => page.items);
  if (reviews.length === 0) return <p className="text-slate-600">{emptyText}</p>;

  return (
    <div className="space-y-4">
      <ul>
        {reviews.map((review) => (
          <li key={review.id}>
            <ReviewItem review={review} showGigTitle={"userId" in source} />
          </li>
        ))}
      </ul>
      {isFetchNextPageError ? (
        <FormAlert message="Could not load more reviews. Try again." />
      ) : null}
      {hasNextPage ? (
        <Button
          variant="secondary"
          isLoading={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          Show more reviews
        </Button>
      ) : null}
    </div>
  );
}
