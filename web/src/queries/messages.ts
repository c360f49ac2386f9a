import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import { API_LIMITS } from "@/lib/api/limits";
import { announceBadgesChanged } from "@/lib/realtime/badge-sync";
import type { ApiClient, Message, MessagePage } from "@/lib/api/types";

/**
 * Every cache key of the messages domain. A conversation's key is a prefix of its order threads'
 * keys, so invalidating `conversation(userId)` also refreshes the order pages' threads with them.
 */
export const messageKeys = {
  all: ["messages"] as const,
  inbox: () => [...messageKeys.all, "inbox"] as const,
  unreadCount: () => [...messageKeys.all, "unread-count"] as const,
  conversations: () => [...messageKeys.all, "conversation"] as const,
  conversation: (userId: string) => [...messageKeys.conversations(), userId] as const,
  orderThread: (userId: string, orderId: string) =>
    [...messageKeys.conversation(userId), "order", orderId] as const,
};

export const INBOX_SIZE = 50;
export const CONVERSATION_PAGE_SIZE = 30;
export const MAX_MESSAGE_LENGTH = API_LIMITS.MessageCreate.content.max;

export type ConversationData = InfiniteData<MessagePage, string | null>;

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const messageQueries = {
  inbox: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: messageKeys.inbox(),
      queryFn: () => unwrap(api.GET("/messages", { params: { query: { limit: INBOX_SIZE } } })),
    }),
  unreadCount: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: messageKeys.unreadCount(),
      queryFn: () => unwrap(api.GET("/messages/unread-count")),
      select: (data) => data.unread_count,
    }),
  /**
   * Newest first, page by page (the view shows them reversed); with `orderId`, only that order's
   * thread. Fetching changes nothing on the server: `useMarkConversationRead` records the reading.
   */
  conversation: (userId: string, orderId?: string, api: ApiClient = browserApi) =>
    infiniteQueryOptions({
      queryKey: orderId
        ? messageKeys.orderThread(userId, orderId)
        : messageKeys.conversation(userId),
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET("/messages/{user_id}", {
            params: {
              path: { user_id: userId },
              query: {
                limit: CONVERSATION_PAGE_SIZE,
                cursor: pageParam ?? undefined,
                order_id: orderId,
              },
            },
          }),
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage: MessagePage) => lastPage.next_cursor,
    }),
};

function withMessage(data: ConversationData | undefined, message: Message) {
  if (!data) return data; // not loaded: the first fetch will bring it
  if (data.pages.some((page) => page.items.some((item) => item.id === message.id))) return data;
  const [newest, ...older] = data.pages;
  if (!newest) return data;
  return { ...data, pages: [{ ...newest, items: [message, ...newest.items] }, ...older] };
}

/** Put a message into the loaded conversation (and order thread) it belongs to, newest first. */
export function storeMessage(
  queryClient: QueryClient,
  otherUserId: string,
  message: Message,
): void {
  queryClient.setQueryData<ConversationData>(messageKeys.conversation(otherUserId), (data) =>
    withMessage(data, message),
  );
  if (message.order_id) {
    queryClient.setQueryData<ConversationData>(
      messageKeys.orderThread(otherUserId, message.order_id),
      (data) => withMessage(data, message),
    );
  }
}

/**
 * After a conversation was marked read the badges and inbox change. A fetch already in flight may
 * have been answered before the change, and invalidating alone joins a first fetch (one with no data
 * yet) instead of starting another: so drop it first, then fetch afresh.
 */
export function refreshUnread(queryClient: QueryClient): void {
  for (const queryKey of [messageKeys.unreadCount(), messageKeys.inbox()]) {
    void queryClient
      .cancelQueries({ queryKey })
      .then(() => queryClient.invalidateQueries({ queryKey }));
  }
}

export interface NewMessage {
  receiverId: string;
  /** May be "" when the message carries files. */
  content: string;
  orderId?: string;
  fileIds?: string[];
}

export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ receiverId, content, orderId, fileIds = [] }: NewMessage) =>
      unwrap(
        browserApi.POST("/messages", {
          body: {
            receiver_id: receiverId,
            content,
            order_id: orderId ?? null,
            file_ids: fileIds,
          },
        }),
      ),
    onSuccess: (message: Message) => {
      storeMessage(queryClient, message.receiver_id, message);
      void queryClient.invalidateQueries({ queryKey: messageKeys.inbox() });
    },
  });
}

/** The ids of the loaded messages from `otherUserId` that the person has not read yet. */
export function unreadIdsFrom(
  data: { pages: MessagePage[] } | undefined,
  otherUserId: string,
): string[] {
  return (data?.pages ?? []).flatMap((page) =>
    page.items
      .filter((message) => message.sender_id === otherUserId && message.read_at === null)
      .map((message) => message.id),
  );
}

function markedRead(data: ConversationData | undefined, ids: Set<string>, at: string) {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((message) =>
        ids.has(message.id) ? { ...message, read_at: at } : message,
      ),
    })),
  };
}

/**
 * Records that the person read what `otherUserId` sent them (only `orderId`'s thread, when given),
 * then shows those messages as read in every loaded view of the conversation, and refreshes the badges.
 */
export function useMarkConversationRead(otherUserId: string, orderId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The variables are the ids the screen showed as unread; `onSuccess` marks exactly those.
    mutationFn: async (unreadIds: string[]) => {
      const result = await browserApi.POST("/messages/{user_id}/read", {
        params: { path: { user_id: otherUserId } },
        body: { order_id: orderId ?? null },
      });
      // 204 carries no body (data stays undefined): only a failure goes through unwrap's ApiError.
      if (!result.response.ok) await unwrap(Promise.resolve(result));
      return unreadIds;
    },
    onSuccess: (unreadIds) => {
      const ids = new Set(unreadIds);
      const at = new Date().toISOString();
      queryClient.setQueriesData<ConversationData>(
        { queryKey: messageKeys.conversation(otherUserId) },
        (data) => markedRead(data, ids, at),
      );
      refreshUnread(queryClient);
      announceBadgesChanged();
    },
  });
}
