import { describe, expect, it } from "vitest";

import { placeSignInError, placeSignUpError } from "../auth-errors";

const failure = (status: number, code: string | null, message = "") => ({ status, code, message });

describe("placeSignUpError", () => {
  it("puts an existing email next to Email", () => {
    expect(placeSignUpError(failure(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")).field).toBe(
      "email",
    );
  });

  it("puts password rules next to Password and the name rule next to Full name", () => {
    expect(placeSignUpError(failure(400, "PASSWORD_TOO_SHORT")).field).toBe("password");
    expect(
      placeSignUpError(failure(400, "PASSWORD_TOO_COMMON", "This password is too easy…")),
    ).toEqual({
      field: "password",
      message: "This password is too easy…",
    });
    expect(placeSignUpError(failure(400, "INVALID_FULL_NAME", "Full name must be…"))).toEqual({
      field: "name",
      message: "Full name must be…",
    });
  });

  it("keeps rate limiting and unknown failures for the whole form", () => {
    expect(placeSignUpError(failure(429, null))).toEqual({
      field: null,
      message: "Too many attempts. Please wait a minute and try again.",
    });
    expect(placeSignUpError(failure(500, null)).field).toBeNull();
  });
});

describe("placeSignInError", () => {
  it("shows a wrong password as a form-level message", () => {
    expect(placeSignInError(failure(401, "INVALID_EMAIL_OR_PASSWORD"))).toEqual({
      field: null,
      message: "Incorrect email or password.",
    });
  });

  it("explains a suspension", () => {
    expect(
      placeSignInError(failure(403, "ACCOUNT_SUSPENDED", "This account has been suspended"))
        .message,
    ).toBe("This account has been suspended");
  });
});
