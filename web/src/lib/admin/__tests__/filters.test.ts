import { describe, expect, it } from "vitest";

import {
  bannedParam,
  DEFAULT_DISPUTE_FILTERS,
  DEFAULT_ORDER_FILTERS,
  DEFAULT_USER_FILTERS,
  filtersToSearch,
  parseDeadlineFilters,
  parseDisputeFilters,
  parseGigFilters,
  parseOrderFilters,
  parseUserFilters,
} from "../filters";

describe("parsing the admin tables' URL filters", () => {
  it("reads the same filters from a server's searchParams record and a browser's URLSearchParams", () => {
    const fromRecord = parseUserFilters({ q: "  ada ", banned: "banned" });
    const fromUrl = parseUserFilters(new URLSearchParams("q=+ada+&banned=banned"));
    expect(fromRecord).toEqual({ q: "ada", banned: "banned" });
    expect(fromUrl).toEqual(fromRecord);
  });

  it("falls back to the defaults for missing, repeated or unknown values", () => {
    expect(parseUserFilters({})).toEqual(DEFAULT_USER_FILTERS);
    expect(parseUserFilters({ banned: "maybe" }).banned).toBe("all");
    expect(parseUserFilters({ q: ["first", "second"] }).q).toBe("first");
    expect(parseOrderFilters({ status: "SHIPPED" })).toEqual(DEFAULT_ORDER_FILTERS);
    expect(parseDisputeFilters({ status: "open" })).toEqual(DEFAULT_DISPUTE_FILTERS);
  });

  it("reads an order search (a reference code or a party) beside its status", () => {
    expect(parseOrderFilters({ q: " DM-7K2QX9PA ", status: "IN_PROGRESS" })).toEqual({
      q: "DM-7K2QX9PA",
      status: "IN_PROGRESS",
    });
    expect(filtersToSearch({ q: "ada", status: "all" }, DEFAULT_ORDER_FILTERS)).toBe("?q=ada");
  });

  it("accepts every order status and both dispute statuses", () => {
    expect(parseOrderFilters({ status: "REVISION_REQUESTED" }).status).toBe("REVISION_REQUESTED");
    expect(parseDisputeFilters({ status: "RESOLVED" }).status).toBe("RESOLVED");
  });

  it("cuts a search to the API's 200 characters instead of turning it into a 422", () => {
    expect(parseGigFilters({ q: "x".repeat(250) }).q).toHaveLength(200);
  });

  it("maps the ban filter onto the API's optional boolean", () => {
    expect(bannedParam("all")).toBeUndefined();
    expect(bannedParam("banned")).toBe(true);
    expect(bannedParam("active")).toBe(false);
  });
});

describe("writing filters back to the URL", () => {
  it("leaves defaults and empty values out, so the plain page URL stays plain", () => {
    expect(filtersToSearch(DEFAULT_USER_FILTERS, DEFAULT_USER_FILTERS)).toBe("");
    expect(filtersToSearch({ q: "", banned: "banned" }, DEFAULT_USER_FILTERS)).toBe(
      "?banned=banned",
    );
    expect(filtersToSearch({ status: "OPEN" }, DEFAULT_DISPUTE_FILTERS)).toBe("");
    expect(filtersToSearch({ status: "RESOLVED" }, DEFAULT_DISPUTE_FILTERS)).toBe(
      "?status=RESOLVED",
    );
  });

  it("round-trips through the parser, encoding what needs it", () => {
    const filters = { q: "grace & sam@devmarket.test", banned: "active" } as const;
    const search = filtersToSearch(filters, DEFAULT_USER_FILTERS);
    expect(search).toBe("?q=grace+%26+sam%40devmarket.test&banned=active");
    expect(parseUserFilters(new URLSearchParams(search))).toEqual(filters);
  });
});

describe("the deadline list's window", () => {
  it("reads a known window and falls back to 24 hours for anything else", () => {
    expect(parseDeadlineFilters(new URLSearchParams("within=72"))).toEqual({ within: "72" });
    expect(parseDeadlineFilters({ within: "9999" })).toEqual({ within: "24" });
    expect(parseDeadlineFilters({})).toEqual({ within: "24" });
  });
});
