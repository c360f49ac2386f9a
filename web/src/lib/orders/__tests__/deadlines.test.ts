import { describe, expect, it } from "vitest";

import { deadlineSentence, orderDeadline } from "../deadlines";

const NOW = Date.parse("2026-12-03T10:00:00Z");
const IN_2_DAYS_4_H = "2026-12-05T14:30:00Z";

describe("orderDeadline", () => {
  it("is the auto-completion when the API sets one", () => {
    expect(orderDeadline({ auto_completes_at: IN_2_DAYS_4_H, expires_at: null })).toEqual({
      kind: "auto-complete",
      at: IN_2_DAYS_4_H,
    });
  });

  it("is the expiry of an unpaid order", () => {
    expect(orderDeadline({ auto_completes_at: null, expires_at: IN_2_DAYS_4_H })).toEqual({
      kind: "expiry",
      at: IN_2_DAYS_4_H,
    });
  });

  it("is nothing when no timer runs (paid, finished, or paused by a dispute)", () => {
    expect(orderDeadline({ auto_completes_at: null, expires_at: null })).toBeNull();
  });
});

describe("deadlineSentence", () => {
  const autoComplete = { kind: "auto-complete" as const, at: IN_2_DAYS_4_H };
  const expiry = { kind: "expiry" as const, at: IN_2_DAYS_4_H };

  it("tells the client how to stop an auto-completion", () => {
    expect(deadlineSentence(autoComplete, "client", NOW)).toBe(
      "Completes automatically in 2 days 4 h unless you approve or ask for a revision.",
    );
  });

  it("tells the freelancer what the client can still do", () => {
    expect(deadlineSentence(autoComplete, "freelancer", NOW)).toBe(
      "Completes automatically in 2 days 4 h unless the client approves or asks for a revision first.",
    );
  });

  it("words the expiry for each side", () => {
    expect(deadlineSentence(expiry, "client", NOW)).toBe(
      "Cancels automatically in 2 days 4 h unless you submit your payment.",
    );
    expect(deadlineSentence(expiry, "freelancer", NOW)).toBe(
      "Cancels automatically in 2 days 4 h unless the client submits a payment.",
    );
  });

  it("speaks in the third person to anyone else (an admin)", () => {
    expect(deadlineSentence(expiry, "admin", NOW)).toBe(
      "Cancels automatically in 2 days 4 h unless the client submits a payment.",
    );
  });

  it("says it is happening once the moment has passed", () => {
    const past = Date.parse(IN_2_DAYS_4_H) + 1_000;
    expect(deadlineSentence(autoComplete, "client", past)).toBe(
      "Completing automatically now: the delivery was not answered in time.",
    );
    expect(deadlineSentence(expiry, "freelancer", past)).toBe(
      "Cancelling now: the order was not paid in time.",
    );
  });
});
