import {
  infiniteQueryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, OrderDetail, Review, ReviewInput, ReviewPage } from "@/lib/api/types";

import { orderKeys } from "./orders";
import { userKeys } from "./users";

/** Whose reviews a list holds: a person's (received) or a gig's. */
export type ReviewScope = "user" | "gig";

/**
 * Every cache key of the reviews domain comes from here. Both lists share one key shape, so a
 * component can take either query.
 */
export const reviewKeys = {
  all: ["reviews"] as const,
  list: (scope: ReviewScope, id: string) => [...reviewKeys.all, scope, id] as const,
  byUser: (userId: string) => reviewKeys.list("user", userId),
  byGig: (gigId: string) => reviewKeys.list("gig", gigId),
};

const REVIEW_PAGE_SIZE = 10;

const nextCursor = (lastPage: ReviewPage) => lastPage.next_cursor;

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const reviewQueries = {
  /** Reviews a person received (their profile). */
  byUser: (userId: string, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: reviewKeys.byUser(userId),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/users/{user_id}/reviews", {
            params: {
              path: { user_id: userId },
              query: { limit: REVIEW_PAGE_SIZE, cursor: pageParam },
            },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
  /** Reviews left on a gig's orders (the gig page). */
  byGig: (gigId: string, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: reviewKeys.byGig(gigId),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/gigs/{gig_id}/reviews", {
            params: {
              path: { gig_id: gigId },
              query: { limit: REVIEW_PAGE_SIZE, cursor: pageParam },
            },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
};

/** A new review shows on its order at once, and every rating it changes is read again. */
function afterReview(queryClient: QueryClient, review: Review, gigId: string | undefined): void {
  queryClient.setQueryData<OrderDetail>(orderKeys.detail(review.order_id), (order) =>
    order ? { ...order, reviews: [...order.reviews, review] } : order,
  );
  void queryClient.invalidateQueries({ queryKey: orderKeys.detail(review.order_id) });
  void queryClient.invalidateQueries({ queryKey: reviewKeys.byUser(review.reviewee_id) });
  void queryClient.invalidateQueries({ queryKey: userKeys.profile(review.reviewee_id) });
  if (gigId) void queryClient.invalidateQueries({ queryKey: reviewKeys.byGig(gigId) });
}

export function useCreateReview({ gigId }: { gigId?: string } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: ReviewInput) => unwrap(browserApi.POST("/reviews", { body: review })),
    onSuccess: (review: Review) => {
      afterReview(queryClient, review, gigId);
    },
  });
}
