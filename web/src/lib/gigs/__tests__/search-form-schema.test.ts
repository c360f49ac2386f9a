import { describe, expect, it } from "vitest";

import { searchFormSchema, searchFromForm, type SearchFormValues } from "../search-form-schema";
import { EMPTY_SEARCH, gigSearchHref, parseGigSearch } from "../search-params";

const BLANK: SearchFormValues = {
  q: "",
  min_price: "",
  max_price: "",
  max_delivery_days: "",
  sort: "newest",
};

describe("searchFormSchema", () => {
  it("accepts blank filters", () => {
    expect(searchFormSchema.safeParse(BLANK).success).toBe(true);
  });

  it("refuses a bad price and a minimum above the maximum", () => {
    const bad = searchFormSchema.safeParse({ ...BLANK, min_price: "12.345" });
    expect(bad.success).toBe(false);
    const inverted = searchFormSchema.safeParse({ ...BLANK, min_price: "90", max_price: "10" });
    expect(inverted.error?.issues[0]?.path).toEqual(["max_price"]);
  });
});

describe("searchFromForm", () => {
  it("builds a clean URL, leaving the default sort implicit", () => {
    const search = searchFromForm(EMPTY_SEARCH, {
      q: " logo ",
      min_price: "10",
      max_price: "",
      max_delivery_days: "7",
      sort: "relevance",
    });
    expect(gigSearchHref(search)).toBe("/gigs?q=logo&min_price=10&max_delivery_days=7");
  });

  it("keeps an explicit sort and drops the old cursor", () => {
    const paged = parseGigSearch({ q: "logo", cursor: "abc", page: "3" });
    const search = searchFromForm(paged, { ...BLANK, q: "logo", sort: "price_asc" });
    expect(gigSearchHref(search)).toBe("/gigs?q=logo&sort=price_asc");
  });

  it("ranks new words by relevance when the sort was left at its default", () => {
    // The select showed "newest", the default without words; the visitor only typed words.
    const search = searchFromForm(EMPTY_SEARCH, { ...BLANK, q: "logo", sort: "newest" });
    expect(gigSearchHref(search)).toBe("/gigs?q=logo");
  });

  it("keeps newest when it was chosen before the words", () => {
    const chosen = parseGigSearch({ sort: "newest" });
    const search = searchFromForm(chosen, { ...BLANK, q: "logo", sort: "newest" });
    expect(gigSearchHref(search)).toBe("/gigs?q=logo&sort=newest");
  });

  it("goes back to newest when the words are cleared", () => {
    const ranked = parseGigSearch({ q: "logo" });
    expect(gigSearchHref(searchFromForm(ranked, { ...BLANK, sort: "relevance" }))).toBe("/gigs");
  });

  it("keeps the freelancer filter, which the form does not show", () => {
    const byOne = parseGigSearch({ freelancer_id: "8562bd5c-f1da-497d-9ed9-d259302ed17d" });
    expect(searchFromForm(byOne, BLANK).freelancerId).toBe(byOne.freelancerId);
  });
});
