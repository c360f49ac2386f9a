import { describe, expect, it } from "vitest";

import { parseServerFrame } from "../frames";

describe("parseServerFrame", () => {
  it("reads control frames", () => {
    expect(parseServerFrame('{"type":"ready","data":{"user_id":"u"}}')).toEqual({ kind: "ready" });
    expect(parseServerFrame('{"type":"pong"}')).toEqual({ kind: "pong" });
  });

  it("reads a notification frame", () => {
    const text = JSON.stringify({
      type: "order.updated",
      id: 42,
      data: { order_id: "o1", status: "PAYMENT_CONFIRMED" },
      created_at: "2026-03-01T10:00:00+00:00",
    });
    expect(parseServerFrame(text)).toEqual({
      kind: "notification",
      notification: {
        id: 42,
        type: "order.updated",
        data: { order_id: "o1", status: "PAYMENT_CONFIRMED" },
        created_at: "2026-03-01T10:00:00+00:00",
      },
    });
  });

  it("ignores what it cannot read", () => {
    for (const text of ["not json", "[]", '{"id":1}', '{"type":"message.new","id":"1"}']) {
      expect(parseServerFrame(text)).toBeNull();
    }
  });
});
