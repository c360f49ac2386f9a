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
      linkLabel: "View order",
    });
    expect(describeNotification(orderUpdate("submit-work")).title).toBe(
      "Order DM-7K3Q: work delivered",
    );
    expect(describeNotification(orderUpdate("something-new")).title).toBe("Order DM-7K3Q: updated");
    expect(orderIdOf(orderUpdate("approve"))).toBe("0b7a6c1e-0000-4000-8000-000000000001");
  });

  it("says who reviewed which order, and links to it", () => {
    const review: RealtimeNotification = {
      id: 9,
      type: "review.new",
      created_at: at,
      data: {
        order_id: "0b7a6c1e-0000-4000-8000-000000000001",
        reference_code: "DM-7K3Q",
        gig_title: "A landing page in Next.js",
        reviewer_name: "Ada Lovelace",
        rating: 5,
      },
    };
    expect(describeNotification(review)).toEqual({
      title: "Order DM-7K3Q: \u2068Ada Lovelace\u2069 reviewed you",
      body: "A landing page in Next.js",
      href: "/orders/0b7a6c1e-0000-4000-8000-000000000001",
      linkLabel: "Read the review",
    });
    expect(orderIdOf(review)).toBe("0b7a6c1e-0000-4000-8000-000000000001");
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
      title: "New message from \u2068Ada Lovelace\u2069", // the name is bidi-isolated
      body: "Hi! Is the logo included?",
      href: "/messages/u-1",
      linkLabel: "Reply",
    });
    expect(messageSender(message)).toEqual({ senderId: "u-1", senderName: "Ada Lovelace" });
  });

  it("says how many files a message of files only carries", () => {
    const withFiles = (count: number): RealtimeNotification => ({
      id: 10,
      type: "message.new",
      created_at: at,
      data: {
        message: { content: "", files: Array.from({ length: count }, (_, id) => ({ id })) },
        sender: { id: "u-1", full_name: "Ada Lovelace", avatar_url: null },
      },
    });
    expect(describeNotification(withFiles(1)).body).toBe("Sent a file");
    expect(describeNotification(withFiles(3)).body).toBe("Sent 3 files");
    expect(describeNotification(withFiles(0)).body).toBeNull();
  });

  it("tells a freelancer their gig was suspended, and why, or that it was lifted", () => {
    const moderated = (action: string): RealtimeNotification => ({
      id: 11,
      type: "gig.moderated",
      created_at: at,
      data: { gig_id: "g-1", gig_title: "Logo design", action, reason: "Copied artwork" },
    });
    expect(describeNotification(moderated("suspend"))).toEqual({
      title: "“Logo design” was suspended by moderation",
      body: "Reason: Copied artwork",
      href: "/dashboard/gigs",
      linkLabel: "View my gigs",
    });
    expect(describeNotification(moderated("reactivate")).title).toBe(
      "“Logo design”: suspension lifted by moderation",
    );
    expect(
      describeNotification({ id: 12, type: "gig.moderated", data: {}, created_at: null }).title,
    ).toBe("Your gig was suspended by moderation");
  });

  it("survives payloads it does not know", () => {
    expect(
      describeNotification({ id: 9, type: "message.new", data: {}, created_at: null }),
    ).toEqual({
      title: "New message from someone",
      body: null,
      href: "/messages",
      linkLabel: "Reply",
    });
    expect(
      describeNotification({ id: 10, type: "later.kind", data: {}, created_at: null }).title,
    ).toBe("New notification");
  });

  it("shortens long previews", () => {
    expect(preview("x".repeat(500))).toHaveLength(140);
  });
});

describe("the platform's deadline notifications", () => {
  const orderId = "0b7a6c1e-0000-4000-8000-000000000002";
  function timer(type: string, data: Record<string, unknown>): RealtimeNotification {
    return {
      id: 11,
      type,
      created_at: at,
      data: { order_id: orderId, reference_code: "DM-9X2P", gig_title: "A logo", ...data },
    };
  }

  it("warns the client before an unpaid order is cancelled", () => {
    expect(describeNotification(timer("order.reminder", { deadline: "expiry" }))).toEqual({
      title: "Order DM-9X2P will be cancelled soon if it is not paid",
      body: "A logo",
      href: `/orders/${orderId}`,
      linkLabel: "Pay now",
    });
  });

  it("warns the client before a delivery is approved for them", () => {
    const summary = describeNotification(timer("order.reminder", { deadline: "auto_complete" }));
    expect(summary.title).toBe("Order DM-9X2P will be approved automatically soon");
    expect(summary.linkLabel).toBe("Review the delivery");
  });

  it("tells both parties the work is late, and links to the order", () => {
    const late = timer("order.late", { due_at: at });
    expect(describeNotification(late).title).toBe("Order DM-9X2P is past its due date");
    expect(orderIdOf(late)).toBe(orderId);
  });
});
