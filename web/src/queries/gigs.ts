import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
  type InfiniteData,
} from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, Gig, GigChanges, GigInput, GigPage } from "@/lib/api/types";

/** A freelancer's own list is short: one generous page covers almost everyone. */
const FREELANCER_GIGS_PAGE_SIZE = 50;

/** Every cache key of the gigs domain comes from here, so invalidation can target a prefix. */
export const gigKeys = {
  all: ["gigs"] as const,
  lists: () => [...gigKeys.all, "list"] as const,
  byFreelancer: (freelancerId: string) => [...gigKeys.lists(), "freelancer", freelancerId] as const,
  details: () => [...gigKeys.all, "detail"] as const,
  detail: (gigId: string) => [...gigKeys.details(), gigId] as const,
};

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const gigQueries = {
  detail: (gigId: string, api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: gigKeys.detail(gigId),
      queryFn: () => unwrap(api.GET("/gigs/{gig_id}", { params: { path: { gig_id: gigId } } })),
    }),
  /** Newest first. The API adds the owner's inactive gigs when the owner (or an admin) asks. */
  byFreelancer: (freelancerId: string, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: gigKeys.byFreelancer(freelancerId),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/gigs", {
            params: {
              query: {
                freelancer_id: freelancerId,
                sort: "newest",
                limit: FREELANCER_GIGS_PAGE_SIZE,
                cursor: pageParam,
              },
            },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page: GigPage) => page.next_cursor,
    }),
};

type GigPages = InfiniteData<GigPage, string | null>;

function replaceIn(pages: GigPages | undefined, gig: Gig): GigPages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === gig.id ? gig : item)),
    })),
  };
}

function removeFrom(pages: GigPages | undefined, gigId: string): GigPages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      items: page.items.filter((item) => item.id !== gigId),
    })),
  };
}

export function useCreateGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GigInput) => unwrap(browserApi.POST("/gigs", { body: input })),
    onSuccess: (gig) => {
      queryClient.setQueryData(gigKeys.detail(gig.id), gig);
      void queryClient.invalidateQueries({ queryKey: gigKeys.lists() });
    },
  });
}

export function useUpdateGig(gigId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: GigChanges) =>
      unwrap(
        browserApi.PATCH("/gigs/{gig_id}", { params: { path: { gig_id: gigId } }, body: changes }),
      ),
    onSuccess: (gig) => {
      // The response is the new truth; lists keep their order and show it in place.
      queryClient.setQueryData(gigKeys.detail(gig.id), gig);
      queryClient.setQueriesData<GigPages>({ queryKey: gigKeys.lists() }, (pages) =>
        replaceIn(pages, gig),
      );
    },
  });
}

export function useDeleteGig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (gigId: string) => {
      const result = await browserApi.DELETE("/gigs/{gig_id}", {
        params: { path: { gig_id: gigId } },
      });
      // 204 carries no body (data stays undefined): only a failure goes through unwrap's ApiError.
      if (!result.response.ok) await unwrap(Promise.resolve(result));
      return gigId;
    },
    onSuccess: (gigId) => {
      queryClient.removeQueries({ queryKey: gigKeys.detail(gigId) });
      queryClient.setQueriesData<GigPages>({ queryKey: gigKeys.lists() }, (pages) =>
        removeFrom(pages, gigId),
      );
    },
  });
}
