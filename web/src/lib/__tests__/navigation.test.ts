import { describe, expect, it } from "vitest";

import { safeNextPath, signInPathFor } from "../navigation";

describe("safeNextPath", () => {
  it.each([
    ["/orders", "/orders"],
    ["/orders/42?tab=timeline#pay", "/orders/42?tab=timeline#pay"],
    ["/settings/profile", "/settings/profile"],
    // Percent-encoded characters stay encoded: harmless inside a path.
    ["/%0d%0aSet-Cookie:x", "/%0d%0aSet-Cookie:x"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["dashboard"],
    ["https://evil.example/"],
    ["//evil.example/path"],
    ["/\\evil.example"],
    ["/ok\nSet-Cookie:x"],
    ["/\tjavascript:alert(1)"],
    ["javascript:alert(1)"],
    ["/auth/sign-in?next=/x"],
    ["/auth"],
  ])("replaces %j with the dashboard", (raw) => {
    expect(safeNextPath(raw)).toBe("/dashboard");
  });
});

describe("signInPathFor", () => {
  it("encodes the path to come back to", () => {
    expect(signInPathFor("/dashboard")).toBe("/auth/sign-in?next=%2Fdashboard");
    expect(signInPathFor("/orders?id=1")).toBe("/auth/sign-in?next=%2Forders%3Fid%3D1");
  });
});
