import { describe, expect, it } from "vitest";

import { formatRelativeTime } from "../relative-time";

const now = Date.parse("2026-03-10T12:00:00Z");
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe("formatRelativeTime", () => {
  it("reads like a chat list", () => {
    expect(formatRelativeTime(ago(10), now)).toBe("just now");
    expect(formatRelativeTime(ago(5 * 60), now)).toBe("5 min. ago");
    expect(formatRelativeTime(ago(3 * 3600), now)).toBe("3 hr. ago");
    expect(formatRelativeTime(ago(26 * 3600), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(3 * 86400), now)).toBe("3 days ago");
  });

  it("gives a date after a week, with the year when it differs", () => {
    expect(formatRelativeTime("2026-02-01T12:00:00Z", now)).toBe("Feb 1");
    expect(formatRelativeTime("2025-12-24T12:00:00Z", now)).toBe("Dec 24, 2025");
  });

  it("treats a clock slightly ahead of ours as now", () => {
    expect(formatRelativeTime(new Date(now + 5_000).toISOString(), now)).toBe("just now");
  });
});
