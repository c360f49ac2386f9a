import type { InfiniteData } from "@tanstack/react-query";

import type { Gig } from "../api/types";

/** Any cursor-paged list of gigs as an infinite query stores it (search results, favourites). */
export type GigPages<Page extends { items: Gig[] } = { items: Gig[] }> = InfiniteData<
  Page,
  string | null
>;

/** The same pages with one gig's heart set; a list that does not hold the gig is returned as is. */
export function withFavorite<Pages extends GigPages>(
  pages: Pages | undefined,
  gigId: string,
  isFavorite: boolean,
): Pages | undefined {
  if (!pages?.pages.some((page) => page.items.some((item) => item.id === gigId))) return pages;
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

/**
 * The saved-gigs list after a save: the gig first (the API's order is most recently saved first),
 * or, when it is already listed (un-saved a moment ago), its heart filled again in place.
 */
export function withSavedGig<Pages extends GigPages>(
  pages: Pages | undefined,
  gig: Gig,
): Pages | undefined {
  if (!pages) return pages;
  const listed = pages.pages.some((page) => page.items.some((item) => item.id === gig.id));
  if (listed) return withFavorite(pages, gig.id, true);
  const [first, ...rest] = pages.pages;
  if (!first) return pages;
  return {
    ...pages,
    pages: [{ ...first, items: [{ ...gig, is_favorite: true }, ...first.items] }, ...rest],
  };
}
