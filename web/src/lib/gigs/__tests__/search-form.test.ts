import { describe, expect, it } from "vitest";

import { searchFormErrors, searchFromForm, type SearchFormValues } from "../search-form";
import { EMPTY_SEARCH, gigSearchHref, parseGigSearch } from "../search-params";

const BLANK: SearchFormValues = {
  q: "",
  min_price: "",
  max_price: "",
  max_delivery_days: "",
  sort: "newest",
};

describe("searchFormErrors", () => {
  it("accepts blank filters and amounts with spaces around them", () => {
    expect(searchFormErrors(BLANK)).toEqual({});
    expect(searchFormErrors({ ...BLANK, min_price: " 10 ", max_price: "49.99" })).toEqual({});
  });

  it("refuses a bad price and a minimum above the maximum", () => {
    expect(searchFormErrors({ ...BLANK, min_price: "12.345" }).min_price).toMatch(/amount/);
    expect(searchFormErrors({ ...BLANK, max_price: "100001" }).max_price).toMatch(/amount/);
    const inverted = searchFormErrors({ ...BLANK, min_price: "90", max_price: "10" });
    expect(inverted).toEqual({ max_price: "Must be at least the minimum price." });
  });

  it("compares the prices only once both are amounts", () => {
    const errors = searchFormErrors({ ...BLANK, min_price: "abc", max_price: "10" });
    expect(Object.keys(errors)).toEqual(["min_price"]);
  });

  it("refuses words longer than the API reads", () => {
    expect(searchFormErrors({ ...BLANK, q: "a".repeat(201) }).q).toBe(
      "Use at most 200 characters.",
    );
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
