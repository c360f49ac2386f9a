import type { InfiniteData } from "@tanstack/react-query";

import type { Gig } from "../api/types";

/** Any cursor-paged list of gigs as an infinite query stores it (search results, favourites). */
export type GigPages<Page extends { items: Gig[] } = { items: Gig[] }> = InfiniteData<
  Page,
  string | null
>;

/** Whether one of the loaded pages lists the gig. */
export function holdsGig(pages: GigPages, gigId: string): boolean {
  return pages.pages.some((page) => page.items.some((item) => item.id === gigId));
}

/** The same pages with one gig's heart set; a list that does not hold the gig is returned as is. */
export function withFavorite<Pages extends GigPages>(
  pages: Pages | undefined,
  gigId: string,
  isFavorite: boolean,
): Pages | undefined {
  if (!pages || !holdsGig(pages, gigId)) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      items: page.items.map((item) =>
        item.id === gigId ? { ...item, is_favorite: isFavorite } : item,
      ),
    })),
  };
}
