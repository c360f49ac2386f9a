import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import { toastStore } from "@/components/ui/toast-store";
import type { ApiClient, Gig } from "@/lib/api/types";
import { holdsGig, withFavorite, type GigPages } from "@/lib/gigs/favorite-pages";

import {
  favoriteKeys,
  favoriteQueries,
  favoriteTargetOf,
  toggleFavoriteMutation,
} from "../favorites";
import { gigKeys } from "../gigs";

function gig(id: string, isFavorite = false): Gig {
  return { id, title: `Gig ${id}`, is_favorite: isFavorite } as Gig;
}

function pagesOf(...pages: Gig[][]): GigPages {
  return {
    pages: pages.map((items, index) => ({
      items,
      next_cursor: index + 1 < pages.length ? "c" : null,
    })),
    pageParams: pages.map((_, index) => (index === 0 ? null : "c")),
  };
}

function favoriteOf(pages: GigPages | undefined): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const item of pages?.pages.flatMap((page) => page.items) ?? []) {
    flags[item.id] = item.is_favorite;
  }
  return flags;
}

/** A typed client whose PUT and DELETE answer `status` (204 carries no body). */
function apiAnswering(status: number): { api: ApiClient; calls: string[] } {
  const calls: string[] = [];
  const answer = (method: string) => (path: string) => {
    calls.push(`${method} ${path}`);
    const body = status === 204 ? null : JSON.stringify({ detail: "Nope", code: "nope" });
    const response = new Response(body, { status });
    return Promise.resolve(status < 400 ? { data: undefined, response } : { error: {}, response });
  };
  return { api: { PUT: answer("PUT"), DELETE: answer("DELETE") } as unknown as ApiClient, calls };
}

/** apiAnswering(204) that also lists saved gigs: one page per read, the last one again after. */
function apiListing(...answers: Gig[][]): { api: ApiClient; reads: string[] } {
  const { api: writes } = apiAnswering(204);
  const reads: string[] = [];
  const GET = (path: string) => {
    reads.push(`GET ${path}`);
    const items = answers[Math.min(reads.length, answers.length) - 1] ?? [];
    return Promise.resolve({ data: { items, next_cursor: null }, response: new Response() });
  };
  return { api: { ...writes, GET } as unknown as ApiClient, reads };
}

describe("withFavorite", () => {
  it("sets one gig's heart on whichever page holds it", () => {
    const pages = pagesOf([gig("a")], [gig("b"), gig("c")]);
    expect(favoriteOf(withFavorite(pages, "b", true))).toEqual({ a: false, b: true, c: false });
  });

  it("returns a list without the gig unchanged (no new object for React to redraw)", () => {
    const pages = pagesOf([gig("a")]);
    expect(withFavorite(pages, "z", true)).toBe(pages);
    expect(withFavorite(undefined, "z", true)).toBeUndefined();
  });
});

describe("holdsGig", () => {
  it("looks through every loaded page", () => {
    const pages = pagesOf([gig("a")], [gig("b")]);
    expect(holdsGig(pages, "b")).toBe(true);
    expect(holdsGig(pages, "z")).toBe(false);
  });
});

describe("favoriteTargetOf", () => {
  it("keeps only what the heart uses, so the rest of the gig stays out of its props", () => {
    const full = { ...gig("a", true), description: "Long text", images: [], tags: ["x"] } as Gig;
    expect(favoriteTargetOf(full)).toEqual({ id: "a", title: "Gig a", is_favorite: true });
  });
});

/** Every cache a heart touches, loaded: the flag, the gig, a gig list and the saved list. */
function loadedQueryClient(): QueryClient {
  const queryClient = new QueryClient();
  queryClient.setQueryData(favoriteKeys.flag("g"), false);
  queryClient.setQueryData(gigKeys.detail("g"), gig("g"));
  queryClient.setQueryData(gigKeys.byFreelancer("f"), pagesOf([gig("g"), gig("h")]));
  queryClient.setQueryData(favoriteKeys.lists(), pagesOf([gig("s", true)]));
  return queryClient;
}

function state(queryClient: QueryClient) {
  return {
    flag: queryClient.getQueryData(favoriteKeys.flag("g")),
    detail: queryClient.getQueryData<Gig>(gigKeys.detail("g"))?.is_favorite,
    list: favoriteOf(queryClient.getQueryData(gigKeys.byFreelancer("f"))),
    saved: queryClient
      .getQueryData<GigPages>(favoriteKeys.lists())
      ?.pages.flatMap((page) => page.items.map((item) => `${item.id}:${item.is_favorite}`)),
  };
}

describe("toggleFavoriteMutation", () => {
  it("shows a save everywhere before the API answers, and marks the saved list for a re-read", async () => {
    const queryClient = loadedQueryClient();
    const { api, calls } = apiAnswering(204);
    const observer = new MutationObserver(queryClient, toggleFavoriteMutation(queryClient, api));

    const sent = observer.mutate({ gig: gig("g"), save: true });
    expect(state(queryClient)).toEqual({
      flag: true,
      detail: true,
      list: { g: true, h: false },
      saved: ["s:true"],
    });
    await sent;

    expect(calls).toEqual(["PUT /gigs/{gig_id}/favorite"]);
    expect(queryClient.getQueryState(favoriteKeys.lists())?.isInvalidated).toBe(true);
  });

  it("reads a saved list that lacks the newly saved gig again, in the API's order", async () => {
    const queryClient = new QueryClient();
    // The saved list as the saved page loaded it; the API lists the gig first once it is saved.
    const { api, reads } = apiListing([gig("s", true)], [gig("g", true), gig("s", true)]);
    await queryClient.infiniteQuery(favoriteQueries.list(api));
    const observer = new MutationObserver(queryClient, toggleFavoriteMutation(queryClient, api));

    // What a listing's heart sends: no more of the gig than its id, title and flag.
    await observer.mutate({ gig: { id: "g", title: "Gig g", is_favorite: false }, save: true });

    await vi.waitFor(() => {
      expect(state(queryClient).saved).toEqual(["g:true", "s:true"]);
    });
    expect(reads).toEqual(["GET /users/me/favorites", "GET /users/me/favorites"]);
  });

  it("fills a gig still on the saved list again in place, without reading the list", async () => {
    const queryClient = new QueryClient();
    const { api, reads } = apiListing([gig("g", false), gig("s", true)]);
    await queryClient.infiniteQuery(favoriteQueries.list(api));
    const observer = new MutationObserver(queryClient, toggleFavoriteMutation(queryClient, api));

    await observer.mutate({ gig: gig("g"), save: true });

    expect(state(queryClient).saved).toEqual(["g:true", "s:true"]);
    expect(reads).toEqual(["GET /users/me/favorites"]);
  });

  it("keeps a removed gig on the saved list, unfilled", async () => {
    const queryClient = loadedQueryClient();
    const { api, calls } = apiAnswering(204);
    const observer = new MutationObserver(queryClient, toggleFavoriteMutation(queryClient, api));

    await observer.mutate({ gig: gig("s", true), save: false });

    expect(calls).toEqual(["DELETE /gigs/{gig_id}/favorite"]);
    expect(state(queryClient).saved).toEqual(["s:false"]);
  });

  it("puts every cache back and says so in a toast when the API refuses", async () => {
    const queryClient = loadedQueryClient();
    const before = state(queryClient);
    const { api } = apiAnswering(404);
    const observer = new MutationObserver(queryClient, toggleFavoriteMutation(queryClient, api));

    await expect(observer.mutate({ gig: gig("g"), save: true })).rejects.toThrow();

    expect(state(queryClient)).toEqual(before);
    expect(toastStore.getSnapshot().at(-1)).toMatchObject({
      title: "Could not save “Gig g”",
      description: "This gig is no longer available.",
      tone: "error",
    });
  });
});
