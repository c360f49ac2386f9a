import { describe, expect, it } from "vitest";

import { safeNextPath, savingGigPath, signInPathFor } from "../navigation";

// Where the browser would really go: `window.location.assign(next)` resolves against the page's URL.
const APP_ORIGIN = "https://devmarket.example";
function landsOn(next: string): URL {
  return new URL(next, `${APP_ORIGIN}/auth/sign-in?next=x`);
}

describe("safeNextPath", () => {
  it.each([
    ["/orders", "/orders"],
    ["/orders/42?tab=timeline#pay", "/orders/42?tab=timeline#pay"],
    ["/settings/profile", "/settings/profile"],
    ["/gigs?q=react&sort=newest", "/gigs?q=react&sort=newest"],
    // Dot segments are resolved, as the browser would: the result is the path it would really load.
    ["/orders/./42", "/orders/42"],
    ["/gigs/../orders", "/orders"],
    // Percent-encoded characters stay encoded: harmless inside a path.
    ["/%0d%0aSet-Cookie:x", "/%0d%0aSet-Cookie:x"],
    ["/%5cevil.example", "/%5cevil.example"],
  ])("keeps the same-site path %j", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  // Every spelling an attacker found or could try for "somewhere else": each must end on the dashboard.
  it.each([
    // not a path at all
    [null],
    [undefined],
    [""],
    ["   "],
    ["dashboard"],
    ["evil.example"],
    ["https://evil.example/"],
    ["http:evil.example"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    // protocol-relative, directly
    ["//evil.example/path"],
    ["///evil.example/path"],
    [" //evil.example"],
    // protocol-relative once dot segments are resolved (the reported bypass and its family)
    ["/.//evil.example/phish"],
    ["/././/evil.example/phish"],
    ["/x/..//evil.example/"],
    ["/x/y/../..//evil.example/"],
    ["/..//evil.example/"],
    ["/%2e//evil.example/"],
    ["/%2E//evil.example/"],
    ["/%2e%2e//evil.example/"],
    ["/x/%2e%2e//evil.example/"],
    ["/.%2e//evil.example/"],
    // backslashes: the URL parser reads "\" as "/" in http(s) URLs
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["\\/evil.example"],
    ["/./\\evil.example"],
    ["/x/..\\/evil.example"],
    ["/x/../\\evil.example"],
    // tabs and newlines: the URL parser deletes them anywhere
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["/.\t//evil.example"],
    ["/ok\nSet-Cookie:x"],
    ["/\tjavascript:alert(1)"],
    // other control characters and padding the parser strips
    ["\u0000//evil.example"],
    ["/\u0000/evil.example"],
    ["\u001f/\u001f/evil.example"],
    // back into the auth pages (a loop, or a sign-out link)
    ["/auth/sign-in?next=/x"],
    ["/auth"],
    ["/auth/"],
    ["/x/../auth/sign-in"],
    ["/%61uth/sign-in"],
  ])("replaces %j with the dashboard", (raw) => {
    expect(safeNextPath(raw)).toBe("/dashboard");
  });

  it.each([
    ["/orders/./42"],
    ["/%2e/orders"],
    ["/gigs?q=//evil.example"],
    ["/gigs#//evil.example"],
    ["/a/b/../c?x=1#y"],
  ])("returns a path the browser resolves on our own origin, unchanged (%j)", (raw) => {
    const next = safeNextPath(raw);
    const target = landsOn(next);
    expect(target.origin).toBe(APP_ORIGIN);
    expect(`${target.pathname}${target.search}${target.hash}`).toBe(next);
    expect(safeNextPath(next)).toBe(next);
  });
});

describe("signInPathFor", () => {
  it("encodes the path to come back to", () => {
    expect(signInPathFor("/dashboard")).toBe("/auth/sign-in?next=%2Fdashboard");
    expect(signInPathFor("/orders?id=1")).toBe("/auth/sign-in?next=%2Forders%3Fid%3D1");
  });
});

describe("savingGigPath", () => {
  it("survives the trip through sign-in, marker and all", () => {
    const gigPath = savingGigPath("0b9c1e7e-0000-4000-8000-000000000001");
    const next = new URL(signInPathFor(gigPath), APP_ORIGIN).searchParams.get("next");
    expect(safeNextPath(next)).toBe("/gigs/0b9c1e7e-0000-4000-8000-000000000001?save=1");
  });
});
