import { describe, expect, it } from "vitest";

import {
  activeFilterCount,
  effectiveSort,
  EMPTY_SEARCH,
  gigListQuery,
  gigSearchHref,
  hasFilters,
  MAX_TRAIL,
  nextPageOf,
  parseGigSearch,
  previousPageOf,
  withChanges,
  withoutFilters,
  withoutTag,
  withTag,
} from "../search-params";

const FREELANCER = "8562bd5c-f1da-497d-9ed9-d259302ed17d";

describe("parseGigSearch", () => {
  it("reads every parameter", () => {
    const search = parseGigSearch({
      q: "  logo design ",
      min_price: "10",
      max_price: "250.5",
      max_delivery_days: "7",
      sort: "price_asc",
      freelancer_id: FREELANCER.toUpperCase(),
      category: "logo-brand",
      tag: ["Figma", "branding", "figma", "x"],
      cursor: "eyJrIjoi_-x",
      page: "3",
    });
    expect(search).toEqual({
      q: "logo design",
      minPrice: "10",
      maxPrice: "250.5",
      maxDeliveryDays: 7,
      sort: "price_asc",
      freelancerId: FREELANCER,
      category: "logo-brand",
      tags: ["figma", "branding"],
      cursor: "eyJrIjoi_-x",
      page: 3,
      trail: [],
    });
  });

  it("drops what the API would refuse", () => {
    const search = parseGigSearch({
      min_price: "-1",
      max_price: "100000.01",
      max_delivery_days: "91",
      sort: "cheapest",
      freelancer_id: "not-a-uuid",
      category: "Not A Slug!",
      tag: "!!",
      cursor: "has spaces",
      page: "7",
    });
    expect(search).toEqual(EMPTY_SEARCH);
  });

  it.each([["1.999"], ["abc"], ["1e3"], [""], ["0x10"]])("ignores the price %j", (price) => {
    expect(parseGigSearch({ min_price: price }).minPrice).toBe("");
  });

  it("takes the first of repeated parameters", () => {
    expect(parseGigSearch({ q: ["react", "vue"] }).q).toBe("react");
  });

  it("ignores relevance without words, and a page number without a cursor", () => {
    expect(parseGigSearch({ sort: "relevance", page: "4" })).toEqual(EMPTY_SEARCH);
    expect(parseGigSearch({ q: "api", sort: "relevance" }).sort).toBe("relevance");
  });

  it("counts a cursor page as at least page 2", () => {
    expect(parseGigSearch({ cursor: "abc" }).page).toBe(2);
    expect(parseGigSearch({ cursor: "abc", page: "1" }).page).toBe(2);
  });
});

describe("gigSearchHref", () => {
  it("is /gigs for the empty search", () => {
    expect(gigSearchHref(EMPTY_SEARCH)).toBe("/gigs");
  });

  it("round-trips through parseGigSearch", () => {
    const href =
      "/gigs?q=react+app&min_price=20&max_price=300&max_delivery_days=14" +
      `&freelancer_id=${FREELANCER}&sort=rating&cursor=abc_DEF-1&page=5`;
    const search = parseGigSearch(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(gigSearchHref(search)).toBe(href);
  });
});

describe("changing the search", () => {
  const paged = parseGigSearch({ q: "logo", max_price: "90", cursor: "abc", page: "3" });

  it("starts again at the first page", () => {
    const changed = withChanges(paged, { sort: "price_desc" });
    expect(changed.cursor).toBeNull();
    expect(changed.page).toBe(1);
    expect(gigSearchHref(changed)).toBe("/gigs?q=logo&max_price=90&sort=price_desc");
  });

  it("drops relevance when the words are cleared", () => {
    const relevance = withChanges(paged, { sort: "relevance" });
    expect(withChanges(relevance, { q: "" }).sort).toBeNull();
  });

  it("moves to the next page with its cursor", () => {
    expect(nextPageOf(paged, "def")).toMatchObject({ cursor: "def", page: 4 });
  });

  it("clears the filters but keeps the words", () => {
    const cleared = withoutFilters(paged);
    expect(hasFilters(cleared)).toBe(false);
    expect(gigSearchHref(cleared)).toBe("/gigs?q=logo");
  });
});

describe("effectiveSort and gigListQuery", () => {
  it("ranks by relevance when there are words, newest first otherwise", () => {
    expect(effectiveSort(EMPTY_SEARCH)).toBe("newest");
    expect(effectiveSort(parseGigSearch({ q: "api" }))).toBe("relevance");
    expect(effectiveSort(parseGigSearch({ q: "api", sort: "rating" }))).toBe("rating");
  });

  it("sends only what is set", () => {
    expect(gigListQuery(EMPTY_SEARCH)).toEqual({ limit: 20 });
    expect(gigListQuery(parseGigSearch({ q: "api", max_delivery_days: "3", cursor: "c" }))).toEqual(
      { limit: 20, q: "api", max_delivery_days: 3, cursor: "c" },
    );
  });
});

describe("previous pages", () => {
  const first = parseGigSearch({ q: "logo", sort: "price_asc" });

  it("walks forward and back through the pages' cursors", () => {
    const second = nextPageOf(first, "c2");
    const third = nextPageOf(second, "c3");
    expect(gigSearchHref(third)).toBe("/gigs?q=logo&sort=price_asc&cursor=c3&page=3&back=c2");
    const reread = parseGigSearch(
      Object.fromEntries(new URL(gigSearchHref(third), "http://x").searchParams),
    );
    expect(reread).toEqual(third);
    expect(previousPageOf(reread)).toEqual(second);
    expect(previousPageOf(second)).toEqual(first);
    expect(previousPageOf(first)).toBeNull();
  });

  it("remembers a bounded number of pages", () => {
    let search = first;
    for (let page = 2; page <= MAX_TRAIL + 4; page += 1) search = nextPageOf(search, `c${page}`);
    expect(search.trail).toHaveLength(MAX_TRAIL);
    for (let step = 0; step < MAX_TRAIL; step += 1) {
      const previous = previousPageOf(search);
      expect(previous).not.toBeNull();
      search = previous ?? search;
    }
    expect(search.page).toBe(4);
    expect(previousPageOf(search)).toBeNull();
  });

  it("ignores a trail that is malformed or longer than the page allows", () => {
    expect(parseGigSearch({ cursor: "c3", page: "3", back: "c1.c2" }).trail).toEqual(["c2"]);
    expect(parseGigSearch({ cursor: "c3", page: "3", back: "c2.b@d" }).trail).toEqual([]);
    expect(parseGigSearch({ cursor: "c2", page: "2", back: "c1" }).trail).toEqual([]);
    expect(parseGigSearch({ back: "c1" }).trail).toEqual([]);
  });

  it("starts again when the search changes", () => {
    const third = nextPageOf(nextPageOf(first, "c2"), "c3");
    expect(withChanges(third, { q: "icon" }).trail).toEqual([]);
  });
});

describe("activeFilterCount", () => {
  it("counts the form's filters that are set", () => {
    expect(activeFilterCount(EMPTY_SEARCH)).toBe(0);
    expect(activeFilterCount(parseGigSearch({ min_price: "5", max_delivery_days: "3" }))).toBe(2);
    expect(activeFilterCount(parseGigSearch({ sort: "price_asc" }))).toBe(0);
  });
});

describe("categories and skills in the URL", () => {
  it("write back in a fixed order, each tag once, and start again from the first page", () => {
    const search = withTag(
      withTag({ ...EMPTY_SEARCH, category: "development", sort: "popular" }, "react"),
      "python",
    );
    expect(gigSearchHref(search)).toBe(
      "/gigs?category=development&tag=react&tag=python&sort=popular",
    );
    expect(gigSearchHref(withoutTag(search, "react"))).toBe(
      "/gigs?category=development&tag=python&sort=popular",
    );
    expect(withTag(search, "react")).toBe(search);
    expect(gigListQuery(search)).toMatchObject({
      category: "development",
      tag: ["react", "python"],
    });
  });
});
