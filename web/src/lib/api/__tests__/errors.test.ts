import { describe, expect, it } from "vitest";

import { ApiError, splitApiErrors, unwrap } from "../errors";

const FIELDS = ["full_name", "bio", "avatar_url"] as const;

describe("splitApiErrors", () => {
  it("puts 422 issues next to their fields", () => {
    const error = new ApiError(422, {
      detail: "full_name: String should have at least 1 character (and 2 more)",
      code: "validation_failed",
      errors: [
        { field: "full_name", message: "String should have at least 1 character" },
        { field: "avatar_url", message: "URL must be http or https" },
        { field: "avatar_url", message: "second message is ignored" },
      ],
    });
    expect(splitApiErrors(error, FIELDS)).toEqual({
      fieldErrors: {
        full_name: "String should have at least 1 character",
        avatar_url: "URL must be http or https",
      },
      formError: null,
    });
  });

  it("keeps issues about unknown fields or the whole body for the form", () => {
    const error = new ApiError(422, {
      detail: "is_admin: Extra inputs are not permitted (and 1 more)",
      code: "validation_failed",
      errors: [
        { field: "is_admin", message: "Extra inputs are not permitted" },
        { field: "", message: "Field required" },
      ],
    });
    expect(splitApiErrors(error, FIELDS)).toEqual({
      fieldErrors: {},
      formError: "Extra inputs are not permitted Field required",
    });
  });

  it("uses a text detail as the form message", () => {
    const suspended = { detail: "Your account is suspended", code: "account_suspended" };
    expect(splitApiErrors(new ApiError(403, suspended), FIELDS)).toEqual({
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

  it("throws an ApiError carrying the API's detail and code", async () => {
    const response = new Response(null, { status: 404 });
    const error = { detail: "Order not found", code: "not_found" };
    const call = unwrap(Promise.resolve({ error, response }));
    await expect(call).rejects.toMatchObject({
      status: 404,
      detail: "Order not found",
      code: "not_found",
      message: "Order not found",
    });
  });

  it("reads a body that is not the API's (a gateway's page) as no detail and no code", async () => {
    const response = new Response(null, { status: 502 });
    const call = unwrap(Promise.resolve({ error: "<html>Bad gateway</html>", response }));
    await expect(call).rejects.toMatchObject({ status: 502, detail: null, code: null });
  });
});
