import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";

import type { Message, MessagePage, NotificationPage } from "@/lib/api/types";

import { messageKeys, storeMessage, unreadIdsFrom, type ConversationData } from "../messages";
import { notificationKeys, storeNotification } from "../notifications";

function message(id: string, orderId: string | null = null): Message {
  return {
    id,
    sender_id: "ada",
    receiver_id: "ben",
    order_id: orderId,
    content: `message ${id}`,
    created_at: "2026-03-01T10:00:00Z",
    read_at: null,
    files: [],
  };
}

/** A conversation as the infinite query stores its first page. */
function onlyPage(page: MessagePage): ConversationData {
  return { pages: [page], pageParams: [null] };
}

describe("storeMessage", () => {
  it("puts a new message first in a loaded conversation and its order thread, once", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(
      messageKeys.conversation("ada"),
      onlyPage({ items: [message("1")], next_cursor: null }),
    );
    queryClient.setQueryData(
      messageKeys.orderThread("ada", "order-1"),
      onlyPage({ items: [], next_cursor: null }),
    );
    storeMessage(queryClient, "ada", message("2", "order-1"));
    storeMessage(queryClient, "ada", message("2", "order-1"));

    const ids = (key: readonly unknown[]) =>
      queryClient.getQueryData<ConversationData>(key)?.pages[0]?.items.map((m) => m.id);
    expect(ids(messageKeys.conversation("ada"))).toEqual(["2", "1"]);
    expect(ids(messageKeys.orderThread("ada", "order-1"))).toEqual(["2"]);
  });

  it("leaves a conversation that was never loaded alone", () => {
    const queryClient = new QueryClient();
    storeMessage(queryClient, "ada", message("1"));
    expect(queryClient.getQueryData(messageKeys.conversation("ada"))).toBeUndefined();
  });
});

describe("storeNotification", () => {
  it("adds a live notification to the menu as unread, once", () => {
    const queryClient = new QueryClient();
    const page: NotificationPage = { items: [], next_cursor: null, unread_count: 0, latest_id: 4 };
    queryClient.setQueryData(notificationKeys.latest(), page);
    const live = { id: 5, type: "order.updated", data: {}, created_at: "2026-03-01T10:00:00Z" };
    storeNotification(queryClient, live);
    storeNotification(queryClient, live);
    expect(queryClient.getQueryData(notificationKeys.latest())).toEqual({
      items: [{ ...live, read_at: null }],
      next_cursor: null,
      unread_count: 1,
      latest_id: 4,
    });
  });

  it("leaves messages to the Messages badge, and counts nothing the page shows already", () => {
    const queryClient = new QueryClient();
    const page: NotificationPage = { items: [], next_cursor: null, unread_count: 0, latest_id: 4 };
    queryClient.setQueryData(notificationKeys.latest(), page);
    const at = "2026-03-01T10:00:00Z";
    storeNotification(queryClient, { id: 5, type: "message.new", data: {}, created_at: at });
    storeNotification(queryClient, { id: 6, type: "review.new", data: {}, created_at: at }, true);
    const stored = queryClient.getQueryData<NotificationPage>(notificationKeys.latest());
    expect(stored?.items.map((item) => [item.id, item.read_at === null])).toEqual([[6, false]]);
    expect(stored?.unread_count).toBe(0);
  });
});

describe("unreadIdsFrom", () => {
  it("lists what the other person sent that is still unread, on every loaded page", () => {
    const mine = { ...message("3"), sender_id: "ben", receiver_id: "ada" };
    const read = { ...message("4"), read_at: "2026-03-01T10:05:00Z" };
    const data: ConversationData = {
      pages: [
        { items: [read, mine, message("2")], next_cursor: "c" },
        { items: [message("1")], next_cursor: null },
      ],
      pageParams: [null, "c"],
    };
    expect(unreadIdsFrom(data, "ada")).toEqual(["2", "1"]);
    expect(unreadIdsFrom(undefined, "ada")).toEqual([]);
  });
});
