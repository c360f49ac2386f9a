import { describe, expect, it } from "vitest";

import { fileKind, formatFileSize } from "../format";

describe("formatFileSize", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [512, "512 bytes"],
    [1023, "1023 bytes"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10 * 1024, "10 KB"],
    [2.4 * 1024 * 1024, "2.4 MB"],
    [1024 * 1024 - 1, "1 MB"],
    [10 * 1024 * 1024, "10 MB"],
    [10 * 1024 * 1024 + 1, "10 MB"],
    [123.4 * 1024 * 1024, "123 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("%d bytes read as %j", (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });

  it("says nothing for a size that is not one", () => {
    expect(formatFileSize(-1)).toBe("");
    expect(formatFileSize(Number.NaN)).toBe("");
  });
});

describe("fileKind", () => {
  it.each([
    ["image/png", "image"],
    ["image/jpeg", "image"],
    ["image/webp", "image"],
    ["image/gif", "image"],
    ["IMAGE/PNG", "image"],
    ["application/pdf", "pdf"],
    ["application/zip", "archive"],
    ["text/plain; charset=utf-8", "text"],
    ["image/svg+xml", "other"],
    ["application/octet-stream", "other"],
    ["", "other"],
  ])("%j is %j", (type, kind) => {
    expect(fileKind(type)).toBe(kind);
  });
});
