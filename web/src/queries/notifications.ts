import { queryOptions, useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, NotificationPage } from "@/lib/api/types";
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
  /** Newest first: the menu's list and the unread badge (one request for both). */
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

/** A notification that just arrived goes to the top of the menu and counts as unread. */
export function storeNotification(queryClient: QueryClient, notification: RealtimeNotification) {
  queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) => {
    if (!page || page.items.some((item) => item.id === notification.id)) return page;
    const row = {
      ...notification,
      created_at: notification.created_at ?? new Date().toISOString(),
    };
    return {
      ...page,
      items: [{ ...row, read_at: null }, ...page.items].slice(0, NOTIFICATION_MENU_SIZE),
      unread_count: page.unread_count + 1,
    };
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    /** Up to the newest one shown, so one that arrives meanwhile stays unread. */
    mutationFn: (upToId: number) =>
      unwrap(browserApi.POST("/notifications/read", { body: { up_to_id: upToId } })),
    onSuccess: ({ unread_count }, upToId) => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest(), (page) =>
        page
          ? {
              ...page,
              unread_count,
              items: page.items.map((item) =>
                item.id <= upToId && item.read_at === null ? { ...item, read_at: readAt } : item,
              ),
            }
          : page,
      );
    },
  });
}
