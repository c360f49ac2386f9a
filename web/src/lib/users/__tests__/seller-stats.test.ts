import { describe, expect, it } from "vitest";

import { formatResponseTime, sellerStatLines } from "../seller-stats";

describe("seller stats", () => {
  it("word a typical reply time", () => {
    expect(formatResponseTime(1200)).toBe("within an hour");
    expect(formatResponseTime(4000)).toBe("about an hour");
    expect(formatResponseTime(3 * 3600 + 100)).toBe("about 3 hours");
    expect(formatResponseTime(30 * 3600)).toBe("about a day");
    expect(formatResponseTime(3 * 86400)).toBe("about 3 days");
  });

  it("show what is known, and a newcomer's record plainly", () => {
    expect(
      sellerStatLines({ completed_orders: 12, on_time_rate: 0.917, response_time_s: 5400 }),
    ).toEqual([
      { label: "Orders completed", value: "12" },
      { label: "Delivered on time", value: "92 %" },
      { label: "Usually replies", value: "about 2 hours" },
    ]);
    expect(
      sellerStatLines({ completed_orders: 0, on_time_rate: null, response_time_s: null }),
    ).toEqual([{ label: "Orders completed", value: "None yet" }]);
  });
});
