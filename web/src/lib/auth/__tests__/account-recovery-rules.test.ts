/** The pure parts of account recovery: where failures go, the landing states, revocation instants. */
import { afterEach, describe, expect, it, vi } from "vitest";

import { verifyEmailStateOf } from "@/app/(public)/auth/verify-email/verify-email-state";

import {
  placeChangePasswordError,
  placeForgotPasswordError,
  placeResetPasswordError,
  RESET_LINK_INVALID_MESSAGE,
} from "../auth-errors";
import { mintingSecondFor, revocationInstant } from "../token-revocation";

const failure = (status: number, code: string | null, message = "") => ({ status, code, message });

describe("account-recovery errors", () => {
  it("puts a wrong current password next to it, and new-password rules next to the new one", () => {
    expect(placeChangePasswordError(failure(400, "INVALID_PASSWORD")).field).toBe(
      "currentPassword",
    );
    expect(placeChangePasswordError(failure(400, "PASSWORD_TOO_COMMON", "Too easy")).field).toBe(
      "newPassword",
    );
    expect(placeChangePasswordError(failure(401, "ACCESS_TOKEN_INVALID")).message).toMatch(
      /Sign in again/,
    );
  });

  it("says a used or expired reset link is one, and shows our own limits' sentences", () => {
    expect(placeResetPasswordError(failure(400, "INVALID_TOKEN"))).toEqual({
      field: null,
      message: RESET_LINK_INVALID_MESSAGE,
    });
    expect(
      placeForgotPasswordError(failure(429, "PASSWORD_RESET_LIMITED", "Too many reset requests")),
    ).toEqual({ field: null, message: "Too many reset requests" });
    // Better Auth's own per-address 429 has no sentence for a person: ours replaces it.
    expect(placeForgotPasswordError(failure(429, null, "Too Many Requests")).message).toMatch(
      /wait a minute/,
    );
  });
});

describe("verifyEmailStateOf", () => {
  it.each([
    [{ status: "verified" }, "verified"],
    [{ status: "already-verified" }, "already-verified"],
    [{ status: "verified", error: "TOKEN_EXPIRED" }, "expired"],
    [{ status: "verified", error: "INVALID_TOKEN" }, "invalid"],
    [{ error: "USER_NOT_FOUND" }, "invalid"],
    [{}, "invalid"],
  ] as const)("%o → %s", (params, state) => {
    expect(verifyEmailStateOf(params)).toBe(state);
  });
});

describe("token revocation instants", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("revokes up to the end of the current second", () => {
    expect(revocationInstant(Date.UTC(2026, 0, 1, 12, 0, 0, 400)).toISOString()).toBe(
      "2026-01-01T12:00:01.000Z",
    );
    expect(revocationInstant(Date.UTC(2026, 0, 1, 12, 0, 0, 0)).toISOString()).toBe(
      "2026-01-01T12:00:01.000Z",
    );
  });

  it("mints no earlier than the revocation's second", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 0, 1, 12, 0, 0, 400));
    const validAfter = revocationInstant();
    const minted = mintingSecondFor(validAfter);
    await vi.advanceTimersByTimeAsync(600);
    expect(await minted).toBe(Date.UTC(2026, 0, 1, 12, 0, 1) / 1000);
    // A revocation in the past waits for nothing.
    expect(await mintingSecondFor(new Date(Date.UTC(2025, 0, 1)))).toBe(
      Date.UTC(2026, 0, 1, 12, 0, 1) / 1000,
    );
  });
});
