import { queryOptions, useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";

import {
  isBellNotification,
  reconciledCount,
  withReadMark,
  type ReadMark,
  type ServerCount,
} from "@/lib/realtime/bell";
import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, NotificationPage } from "@/lib/api/types";
import { announceBadgesChanged } from "@/lib/realtime/badge-sync";
import type { NotificationsAfter } from "@/lib/realtime/client";
import type { RealtimeNotification } from "@/lib/realtime/frames";

/** Every cache key of the notifications domain. */
export const notificationKeys = {
  all: ["notifications"] as const,
  latest: () => [...notificationKeys.all, "latest"] as const,
};

export const NOTIFICATION_MENU_SIZE = 20;
const CATCH_UP_PAGE_SIZE = 100;

/** `api` defaults to the browser client. */
export const notificationQueries = {
  /** Newest first: the bell's list and unread badge (one request for both; no messages). */
  latest: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: notificationKeys.latest(),
      queryFn: () =>
        unwrap(
          api.GET("/notifications", {
            params: { query: { limit: NOTIFICATION_MENU_SIZE } },
          }),
        ),
    }),
};

/** Oldest first after `afterId`: what a reconnecting socket missed. */
export async function fetchNotificationsAfter(
  afterId: number,
  api: ApiClient = browserApi,
): Promise<NotificationsAfter> {
  const page = await unwrap(
    api.GET("/notifications", {
      params: { query: { after: afterId, limit: CATCH_UP_PAGE_SIZE } },
    }),
  );
  return { items: page.items, next_cursor: page.next_cursor };
}

/**
 * A notification that just arrived goes to the top of the bell and counts as unread — unless the
 * page on screen shows it already (`isRead`). Messages are not the bell's (see bell.ts).
 */
export function storeNotification(
  queryClient: QueryClient,
  notification: RealtimeNotification,
  isRead = false,
) {
  if (!isBellNotification(notification)) return;
  queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) => {
    if (!page || page.items.some((item) => item.id === notification.id)) return page;
    const now = new Date().toISOString();
    const row = { ...notification, created_at: notification.created_at ?? now };
    return {
      ...page,
      items: [{ ...row, read_at: isRead ? now : null }, ...page.items].slice(
        0,
        NOTIFICATION_MENU_SIZE,
      ),
      unread_count: page.unread_count + (isRead ? 0 : 1),
    };
  });
}

/**
 * Records that the person opened these notifications (`ids`) or the order they are about, shows them
 * read in the bell at once, then takes the server's count and tells the other tabs.
 */
export async function markNotificationsRead(
  queryClient: QueryClient,
  mark: ReadMark,
): Promise<void> {
  const readAt = new Date().toISOString();
  const update = (answer?: ServerCount) => {
    queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) =>
      page ? withReadMark(page, mark, readAt, answer) : page,
    );
  };
  update();
  const body = "ids" in mark ? { ids: mark.ids } : { order_id: mark.orderId };
  update(await unwrap(browserApi.POST("/notifications/read", { body })));
  announceBadgesChanged();
}

/** For components: the same, as a mutation (a failure leaves them unread on the next fetch). */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mark: ReadMark) => markNotificationsRead(queryClient, mark),
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.latest() });
    },
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    /** Up to the newest one shown, so one that arrives meanwhile stays unread. */
    mutationFn: (upToId: number) =>
      unwrap(browserApi.POST("/notifications/read", { body: { up_to_id: upToId } })),
    onSuccess: (answer, upToId) => {
      const readAt = new Date().toISOString();
      announceBadgesChanged();
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) => {
        if (!page) return page;
        const items = page.items.map((item) =>
          item.id <= upToId && item.read_at === null ? { ...item, read_at: readAt } : item,
        );
        return { ...page, items, unread_count: reconciledCount({ ...page, items }, answer) };
      });
    },
  });
}
