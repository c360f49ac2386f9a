import { describe, expect, it } from "vitest";

import { ApiError, splitApiErrors, unwrap } from "../errors";

const FIELDS = ["full_name", "bio", "avatar_url"] as const;

describe("splitApiErrors", () => {
  it("puts FastAPI 422 issues next to their fields", () => {
    const error = new ApiError(422, [
      {
        loc: ["body", "full_name"],
        msg: "String should have at least 1 character",
        type: "string_too_short",
      },
      {
        loc: ["body", "avatar_url"],
        msg: "Value error, URL must be http or https",
        type: "value_error",
      },
      { loc: ["body", "avatar_url"], msg: "second message is ignored", type: "x" },
    ]);
    expect(splitApiErrors(error, FIELDS)).toEqual({
      fieldErrors: {
        full_name: "String should have at least 1 character",
        avatar_url: "URL must be http or https",
      },
      formError: null,
    });
  });

  it("keeps issues about unknown fields or the whole body for the form", () => {
    const error = new ApiError(422, [
      { loc: ["body", "is_admin"], msg: "Extra inputs are not permitted", type: "extra_forbidden" },
      { loc: ["body"], msg: "Field required", type: "missing" },
    ]);
    expect(splitApiErrors(error, FIELDS)).toEqual({
      fieldErrors: {},
      formError: "Extra inputs are not permitted Field required",
    });
  });

  it("uses a text detail as the form message", () => {
    expect(splitApiErrors(new ApiError(403, "Your account is suspended"), FIELDS)).toEqual({
      fieldErrors: {},
      formError: "Your account is suspended",
    });
  });

  it("has a generic message for anything that is not an API error", () => {
    expect(splitApiErrors(new TypeError("fetch failed"), FIELDS).formError).toBe(
      "Something went wrong. Please try again.",
    );
  });
});

describe("unwrap", () => {
  it("returns data of a successful call", async () => {
    const response = new Response(null, { status: 200 });
    await expect(unwrap(Promise.resolve({ data: { id: "1" }, response }))).resolves.toEqual({
      id: "1",
    });
  });

  it("throws an ApiError carrying FastAPI's detail", async () => {
    const response = new Response(null, { status: 404 });
    const call = unwrap(Promise.resolve({ error: { detail: "Not found" }, response }));
    await expect(call).rejects.toMatchObject({
      status: 404,
      detail: "Not found",
      message: "Not found",
    });
  });
});
