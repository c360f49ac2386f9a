import { describe, expect, it } from "vitest";

import { describeNotification, messageSender, orderIdOf, preview } from "../describe";
import type { RealtimeNotification } from "../frames";

const at = "2026-03-01T10:00:00+00:00";

function orderUpdate(action: string): RealtimeNotification {
  return {
    id: 7,
    type: "order.updated",
    created_at: at,
    data: {
      order_id: "0b7a6c1e-0000-4000-8000-000000000001",
      status: "PAYMENT_CONFIRMED",
      action,
      reference_code: "DM-7K3Q",
      gig_title: "A landing page in Next.js",
    },
  };
}

describe("describeNotification", () => {
  it("names the order and what happened to it", () => {
    expect(describeNotification(orderUpdate("confirm-payment"))).toEqual({
      title: "Order DM-7K3Q: payment confirmed",
      body: "A landing page in Next.js",
      href: "/orders/0b7a6c1e-0000-4000-8000-000000000001",
    });
    expect(describeNotification(orderUpdate("submit-work")).title).toBe(
      "Order DM-7K3Q: work delivered",
    );
    expect(describeNotification(orderUpdate("something-new")).title).toBe("Order DM-7K3Q: updated");
    expect(orderIdOf(orderUpdate("approve"))).toBe("0b7a6c1e-0000-4000-8000-000000000001");
  });

  it("says who wrote and links to the conversation", () => {
    const message: RealtimeNotification = {
      id: 8,
      type: "message.new",
      created_at: at,
      data: {
        message: { content: "Hi!\n\nIs the logo\tincluded?" },
        sender: { id: "u-1", full_name: "Ada Lovelace", avatar_url: null },
      },
    };
    expect(describeNotification(message)).toEqual({
      title: "New message from Ada Lovelace",
      body: "Hi! Is the logo included?",
      href: "/messages/u-1",
    });
    expect(messageSender(message)).toEqual({ senderId: "u-1", senderName: "Ada Lovelace" });
  });

  it("survives payloads it does not know", () => {
    expect(
      describeNotification({ id: 9, type: "message.new", data: {}, created_at: null }),
    ).toEqual({
      title: "New message from someone",
      body: null,
      href: "/messages",
    });
    expect(
      describeNotification({ id: 10, type: "later.kind", data: {}, created_at: null }).title,
    ).toBe("New notification");
  });

  it("shortens long previews", () => {
    expect(preview("x".repeat(500))).toHaveLength(140);
  });
});
