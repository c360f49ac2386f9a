import {
  infiniteQueryOptions,
  mutationOptions,
  queryOptions,
  skipToken,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query";

import { showToast } from "@/components/ui/toast-store";
import { browserApi } from "@/lib/api/browser-client";
import { ApiError, unwrap } from "@/lib/api/errors";
import type { ApiClient, Gig } from "@/lib/api/types";
import { holdsGig, withFavorite, type GigPages } from "@/lib/gigs/favorite-pages";
import { signInPathFor } from "@/lib/navigation";

import { gigKeys } from "./gigs";

/** Two rows of a three-column grid, or a phone's worth of scrolling, per "Load more". */
export const FAVORITES_PAGE_SIZE = 24;

/** Every cache key of the favourites domain comes from here, so invalidation can target a prefix. */
export const favoriteKeys = {
  all: ["favorites"] as const,
  lists: () => [...favoriteKeys.all, "list"] as const,
  /** Whether one gig's heart is filled, shared by every heart of that gig in this tab. */
  flag: (gigId: string) => [...favoriteKeys.all, "flag", gigId] as const,
};

export const favoriteQueries = {
  /** The viewer's saved gigs, most recently saved first. */
  list: (api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: favoriteKeys.lists(),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/users/me/favorites", {
            params: { query: { limit: FAVORITES_PAGE_SIZE, cursor: pageParam } },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.next_cursor,
    }),
  /**
   * Never fetched: seeded by the first heart that shows the gig (from the page the server rendered)
   * and then written by every save and removal, so a card restored by Back, or the same gig on
   * another page, shows what was last done in this tab rather than what its HTML said.
   */
  flag: (gigId: string, renderedAs: boolean) =>
    queryOptions({
      queryKey: favoriteKeys.flag(gigId),
      queryFn: skipToken,
      initialData: renderedAs,
      staleTime: Infinity,
    }),
};

/** What a heart knows of its gig: enough to send the change, show it and name it in a toast. */
export type FavoriteTarget = Pick<Gig, "id" | "title" | "is_favorite">;

/** The fields a heart needs, picked on the server so the rest of the gig stays out of its props. */
export function favoriteTargetOf({ id, title, is_favorite }: Gig): FavoriteTarget {
  return { id, title, is_favorite };
}

export interface FavoriteChange {
  gig: FavoriteTarget;
  save: boolean;
}

/** What the caches held before a change, to put back if the API refuses it. */
type Snapshot = [QueryKey, unknown][];

function takeSnapshot(queryClient: QueryClient, gigId: string): Snapshot {
  return [
    [favoriteKeys.flag(gigId), queryClient.getQueryData(favoriteKeys.flag(gigId))],
    [gigKeys.detail(gigId), queryClient.getQueryData(gigKeys.detail(gigId))],
    ...queryClient.getQueriesData({ queryKey: gigKeys.lists() }),
    ...queryClient.getQueriesData({ queryKey: favoriteKeys.lists() }),
  ];
}

function restore(queryClient: QueryClient, snapshot: Snapshot): void {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
}

/**
 * Shows the change everywhere at once: the heart, the gig, every loaded gig list, and the saved
 * list. A gig removed from the saved list stays on it, unfilled, until the list is next read: an
 * accidental click is undone by clicking again, and focus never falls off a vanished card. A gig
 * saved from elsewhere is not on it yet: the heart does not hold the whole gig to draw its card,
 * so `toggleFavoriteMutation` reads the list again instead.
 */
export function applyFavorite(queryClient: QueryClient, { gig, save }: FavoriteChange): void {
  queryClient.setQueryData(favoriteKeys.flag(gig.id), save);
  queryClient.setQueryData<Gig>(gigKeys.detail(gig.id), (cached) =>
    cached ? { ...cached, is_favorite: save } : cached,
  );
  queryClient.setQueriesData<GigPages>({ queryKey: gigKeys.lists() }, (pages) =>
    withFavorite(pages, gig.id, save),
  );
  queryClient.setQueriesData<GigPages>({ queryKey: favoriteKeys.lists() }, (pages) =>
    withFavorite(pages, gig.id, save),
  );
}

function failureToast(error: unknown, { gig, save }: FavoriteChange) {
  if (error instanceof ApiError && error.status === 401) {
    return {
      title: "Your session has ended",
      description: "Sign in again to save gigs.",
      href: signInPathFor(`/gigs/${gig.id}`),
      linkLabel: "Sign in",
      tone: "error" as const,
    };
  }
  const action = save ? `save “${gig.title}”` : `remove “${gig.title}” from your saved gigs`;
  return {
    title: `Could not ${action}`,
    description:
      error instanceof ApiError && error.status === 404
        ? "This gig is no longer available."
        : "Check your connection and try again.",
    tone: "error" as const,
  };
}

/** PUT and DELETE answer 204 with no body: only a failure goes through unwrap's ApiError. */
async function sendChange(api: ApiClient, { gig, save }: FavoriteChange): Promise<void> {
  const options = { params: { path: { gig_id: gig.id } } };
  const result = await (save
    ? api.PUT("/gigs/{gig_id}/favorite", options)
    : api.DELETE("/gigs/{gig_id}/favorite", options));
  if (!result.response.ok) await unwrap(Promise.resolve(result));
}

export function toggleFavoriteMutation(queryClient: QueryClient, api: ApiClient = browserApi) {
  return mutationOptions({
    mutationFn: (change: FavoriteChange) => sendChange(api, change),
    onMutate: (change: FavoriteChange) => {
      const snapshot = takeSnapshot(queryClient, change.gig.id);
      applyFavorite(queryClient, change);
      return snapshot;
    },
    onError: (error: unknown, change: FavoriteChange, snapshot: Snapshot | undefined) => {
      if (snapshot) restore(queryClient, snapshot);
      showToast(failureToast(error, change));
    },
    onSuccess: (_answer, { gig, save }: FavoriteChange) => {
      // A gig saved from a listing or its page while the saved list sits in the cache (visited
      // earlier in this tab): read that list now, off screen, so Back to it shows the gig first.
      const lacksGig = queryClient
        .getQueriesData<GigPages>({ queryKey: favoriteKeys.lists() })
        .some(([, pages]) => pages !== undefined && !holdsGig(pages, gig.id));
      if (save && lacksGig) {
        void queryClient.refetchQueries({ queryKey: favoriteKeys.lists(), type: "inactive" });
      }
    },
    onSettled: () => {
      // Otherwise the saved list is read again on its next visit (in the API's order, hidden gigs
      // gone), not now: the card just un-saved there stays where the pointer is.
      void queryClient.invalidateQueries({ queryKey: favoriteKeys.lists(), refetchType: "none" });
    },
  });
}

export function useToggleFavorite() {
  return useMutation(toggleFavoriteMutation(useQueryClient()));
}
