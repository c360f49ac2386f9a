import { describe, expect, it } from "vitest";

import { formatDuration } from "../duration";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatDuration", () => {
  it.each([
    [2 * DAY + 4 * HOUR + 59 * MINUTE, "2 days 4 h"],
    [3 * DAY, "3 days"],
    [DAY + 30 * MINUTE, "1 day"],
    [DAY + HOUR, "1 day 1 h"],
    [5 * HOUR + 12 * MINUTE + 40_000, "5 h 12 min"],
    [2 * HOUR, "2 h"],
    [12 * MINUTE + 59_000, "12 min"],
    [59_999, "less than a minute"],
    [0, "less than a minute"],
    [-5 * MINUTE, "less than a minute"],
  ])("%d ms reads %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
