import { describe, expect, it } from "vitest";

import type { NotificationPage } from "@/lib/api/types";

import { bellOrderId, isBellNotification, reconciledCount, withReadMark } from "../bell";

const ORDER = "0b7a6c1e-0000-4000-8000-000000000001";
const OTHER_ORDER = "0b7a6c1e-0000-4000-8000-000000000002";
const at = "2026-03-01T10:00:00+00:00";

function row(id: number, type: string, orderId: string | null, readAt: string | null = null) {
  return { id, type, data: orderId ? { order_id: orderId } : {}, created_at: at, read_at: readAt };
}

describe("what the bell holds", () => {
  it("takes every kind but messages, including kinds it has never seen", () => {
    expect(isBellNotification({ type: "message.new" })).toBe(false);
    for (const type of ["order.updated", "gig.moderated", "review.new", "some.future.kind"]) {
      expect(isBellNotification({ type })).toBe(true);
    }
  });

  it("knows the order of any bell kind, and of no message", () => {
    expect(bellOrderId(row(1, "order.updated", ORDER))).toBe(ORDER);
    expect(bellOrderId(row(2, "review.new", ORDER))).toBe(ORDER);
    expect(bellOrderId(row(3, "gig.moderated", null))).toBeNull();
    expect(bellOrderId({ type: "message.new", data: { order_id: ORDER } })).toBeNull();
    expect(bellOrderId({ type: "order.updated", data: { order_id: 7 } })).toBeNull();
  });
});

describe("withReadMark", () => {
  const page: NotificationPage = {
    items: [
      row(4, "review.new", ORDER),
      row(3, "order.updated", OTHER_ORDER),
      row(2, "order.updated", ORDER),
      row(1, "order.updated", ORDER, at),
    ],
    next_cursor: null,
    unread_count: 5, // one more than listed: an older unread beyond the menu
    latest_id: 9,
  };
  const unreadIds = (next: NotificationPage) =>
    next.items.filter((item) => item.read_at === null).map((item) => item.id);

  it("clears what was opened at once, counting down by what it cleared", () => {
    const next = withReadMark(page, { ids: [3, 1] }, "now");
    expect(unreadIds(next)).toEqual([4, 2]);
    expect(next.unread_count).toBe(4);
    expect(next.latest_id).toBe(9);
  });

  it("clears an order's notifications of every kind and leaves other orders alone", () => {
    const next = withReadMark(page, { orderId: ORDER }, "now");
    expect(unreadIds(next)).toEqual([3]);
    expect(next.unread_count).toBe(3);
  });

  it("takes the server's count when it has answered", () => {
    const answer = { unread_count: 1, latest_id: 9 };
    expect(withReadMark(page, { orderId: ORDER }, "now", answer).unread_count).toBe(1);
  });

  it("keeps counting what arrived after the newest notification the answer knew of", () => {
    // The answer was computed before notifications 3 and 4 reached the server: they stay counted.
    const raced = { unread_count: 0, latest_id: 2 };
    expect(reconciledCount(page, raced)).toBe(2);
    expect(withReadMark(page, { ids: [2] }, "now", raced).unread_count).toBe(2);
    expect(reconciledCount(page, { unread_count: 0, latest_id: null })).toBe(3);
  });

  it("never counts below zero", () => {
    expect(withReadMark({ ...page, unread_count: 0 }, { ids: [4] }, "now").unread_count).toBe(0);
  });
});
