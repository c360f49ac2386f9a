import { describe, expect, it } from "vitest";

import { uploadErrorMessage } from "../upload-errors";

describe("uploadErrorMessage", () => {
  it("shows the API's own sentence when it sent one", () => {
    const body = {
      detail: "Files can be at most 10 MiB; this one is larger.",
      code: "file_too_large",
    };
    expect(uploadErrorMessage(413, body)).toBe(body.detail);
    expect(
      uploadErrorMessage(415, {
        detail: "This type of file is not accepted: PNG, JPEG, WebP, GIF, PDF, ZIP or plain text.",
        code: "unsupported_file_type",
      }),
    ).toMatch(/not accepted/);
  });

  it("falls back to a field issue when there is no detail", () => {
    expect(
      uploadErrorMessage(422, {
        errors: [{ field: "file", message: "This image cannot be read." }],
      }),
    ).toBe("This image cannot be read.");
  });

  it.each([
    [0, /could not reach DevMarket/],
    [401, /Sign in again/],
    [413, /at most 10 MB/],
    [415, /PNG, JPEG, WebP, GIF, PDF, ZIP or plain text/],
    [429, /Wait a while/],
    [502, /DevMarket had a problem/],
    [418, /error 418/],
  ])("words status %d without the API's body", (status, expected) => {
    expect(uploadErrorMessage(status, "<html>gateway</html>")).toMatch(expected);
  });
});
