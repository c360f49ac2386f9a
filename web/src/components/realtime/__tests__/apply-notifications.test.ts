import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { showToast } from "@/components/ui/toast-store";
import type { NotificationPage } from "@/lib/api/types";
import type { RealtimeNotification } from "@/lib/realtime/frames";
import { messageKeys } from "@/queries/messages";
import { markNotificationsRead, notificationKeys } from "@/queries/notifications";

import { applyNotifications } from "../apply-notifications";
import { isOnScreen } from "../on-screen";

vi.mock("@/components/ui/toast-store", () => ({ showToast: vi.fn() }));
// The request itself is the API's to test; here only that it is made, and for which ids.
vi.mock("@/queries/notifications", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/queries/notifications")>()),
  markNotificationsRead: vi.fn(() => Promise.resolve()),
}));

const ORDER = "0b7a6c1e-0000-4000-8000-000000000001";
const OTHER_ORDER = "0b7a6c1e-0000-4000-8000-000000000002";
const ADA = "5f1d2c3b-0000-4000-8000-00000000000a";
const at = "2026-03-01T10:00:00+00:00";

function orderUpdate(id: number, orderId = ORDER): RealtimeNotification {
  return {
    id,
    type: "order.updated",
    created_at: at,
    data: { order_id: orderId, action: "confirm-payment", reference_code: "DM-7K3Q" },
  };
}

function messageFromAda(id: number, orderId: string | null = null): RealtimeNotification {
  return {
    id,
    type: "message.new",
    created_at: at,
    data: {
      sender: { id: ADA, full_name: "Ada" },
      message: {
        id: `m${id}`,
        sender_id: ADA,
        receiver_id: "ben",
        order_id: orderId,
        content: "Hello",
        created_at: at,
        read_at: null,
      },
    },
  };
}

function setUp() {
  const queryClient = new QueryClient();
  const empty: NotificationPage = { items: [], next_cursor: null, unread_count: 2, latest_id: 1 };
  queryClient.setQueryData(notificationKeys.latest(), empty);
  queryClient.setQueryData(messageKeys.unreadCount(), { unread_count: 0 });
  const bell = () => queryClient.getQueryData<NotificationPage>(notificationKeys.latest());
  const messagesBadgeIsStale = () =>
    queryClient.getQueryState(messageKeys.unreadCount())?.isInvalidated ?? false;
  return { queryClient, bell, messagesBadgeIsStale };
}

beforeEach(() => {
  vi.mocked(showToast).mockClear();
  vi.mocked(markNotificationsRead).mockClear();
});

describe("isOnScreen", () => {
  it("is the order's page for an update of that order, of any bell kind", () => {
    expect(isOnScreen(orderUpdate(1), `/orders/${ORDER}`)).toBe(true);
    expect(isOnScreen({ ...orderUpdate(1), type: "review.new" }, `/orders/${ORDER}`)).toBe(true);
    expect(isOnScreen(orderUpdate(1), `/orders/${OTHER_ORDER}`)).toBe(false);
    expect(isOnScreen(orderUpdate(1), "/orders")).toBe(false);
  });

  it("is the conversation, or the order page of the thread, for a message", () => {
    expect(isOnScreen(messageFromAda(1), `/messages/${ADA}`)).toBe(true);
    expect(isOnScreen(messageFromAda(1, ORDER), `/orders/${ORDER}`)).toBe(true);
    expect(isOnScreen(messageFromAda(1), `/orders/${ORDER}`)).toBe(false);
    expect(isOnScreen(messageFromAda(1), "/messages")).toBe(false);
  });
});

describe("applyNotifications", () => {
  it("toasts and counts an update of another order", () => {
    const { queryClient, bell } = setUp();
    applyNotifications(queryClient, [orderUpdate(2, OTHER_ORDER)], "live", {
      pathname: `/orders/${ORDER}`,
      isVisible: true,
    });
    expect(showToast).toHaveBeenCalledOnce();
    expect(bell()?.unread_count).toBe(3);
    expect(markNotificationsRead).not.toHaveBeenCalled();
  });

  it("neither toasts nor counts an update of the order on screen, and records it read", () => {
    const { queryClient, bell } = setUp();
    applyNotifications(queryClient, [orderUpdate(2)], "live", {
      pathname: `/orders/${ORDER}`,
      isVisible: true,
    });
    expect(showToast).not.toHaveBeenCalled();
    expect(bell()?.unread_count).toBe(2);
    expect(bell()?.items[0]?.read_at).not.toBeNull();
    expect(markNotificationsRead).toHaveBeenCalledWith(queryClient, { ids: [2] });
  });

  it("counts an update of the order on screen in a hidden tab, without a toast", () => {
    const { queryClient, bell } = setUp();
    applyNotifications(queryClient, [orderUpdate(2)], "live", {
      pathname: `/orders/${ORDER}`,
      isVisible: false,
    });
    expect(showToast).not.toHaveBeenCalled();
    expect(bell()?.unread_count).toBe(3);
    expect(markNotificationsRead).not.toHaveBeenCalled();
  });

  it("keeps messages out of the bell; the Messages badge refreshes unless the thread is open", async () => {
    const elsewhere = setUp();
    applyNotifications(elsewhere.queryClient, [messageFromAda(3)], "live", {
      pathname: "/dashboard",
      isVisible: true,
    });
    expect(elsewhere.bell()?.items).toEqual([]);
    expect(elsewhere.bell()?.unread_count).toBe(2);
    // The refresh first drops a fetch in flight (refreshUnread), so it lands a moment later.
    await vi.waitFor(() => {
      expect(elsewhere.messagesBadgeIsStale()).toBe(true);
    });
    expect(showToast).toHaveBeenCalledOnce();

    vi.mocked(showToast).mockClear();
    const inThread = setUp();
    applyNotifications(inThread.queryClient, [messageFromAda(4)], "live", {
      pathname: `/messages/${ADA}`,
      isVisible: true,
    });
    expect(inThread.bell()?.unread_count).toBe(2);
    expect(inThread.messagesBadgeIsStale()).toBe(false);
    expect(showToast).not.toHaveBeenCalled();
    expect(markNotificationsRead).not.toHaveBeenCalled();
  });
});
