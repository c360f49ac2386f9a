"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { Message, MessagePage } from "@/lib/api/types";
import { messageQueries } from "@/queries/messages";
import { userQueries } from "@/queries/users";

import { MessageComposer } from "./message-composer";
import { MessageThread } from "./message-thread";
import { useOutbox } from "./use-outbox";
import { useRecordReading } from "./use-record-reading";

/** Pages come newest first; the thread reads oldest first. A message is listed once. */
function oldestFirst(data: { pages: MessagePage[] } | undefined): Message[] {
  const byId = new Map<string, Message>();
  for (const page of data?.pages ?? [])
    for (const message of page.items) byId.set(message.id, message);
  return [...byId.values()].sort(
    (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
  );
}

export interface ConversationPanelProps {
  otherUser: { id: string; full_name: string };
  /** Only the thread about this order (the order page). */
  orderId?: string;
  emptyText: ReactNode;
}

/**
 * A conversation (or an order's thread) with its composer. New messages arrive through the
 * realtime provider, which writes them into this query's cache.
 */
export function ConversationPanel({ otherUser, orderId, emptyText }: ConversationPanelProps) {
  const { data: me } = useQuery(userQueries.me());
  const conversation = useInfiniteQuery(messageQueries.conversation(otherUser.id, orderId));
  const outbox = useOutbox({ receiverId: otherUser.id, orderId });
  const messages = useMemo(() => oldestFirst(conversation.data), [conversation.data]);

  useRecordReading(otherUser.id, orderId, conversation.data);

  if (conversation.isPending) {
    return (
      <div aria-busy="true" className="flex-1 space-y-4 p-4">
        <span className="sr-only">Loading messages…</span>
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="ml-auto h-10 w-1/2" />
        <Skeleton className="h-10 w-3/5" />
      </div>
    );
  }
  if (conversation.isError) {
    return (
      <div role="alert" className="flex-1 space-y-3 p-4 text-sm">
        <p>We could not load these messages.</p>
        <Button variant="secondary" onClick={() => void conversation.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  return (
    <>
      <MessageThread
        label={`Messages with ${otherUser.full_name}`}
        messages={messages}
        meId={me?.id ?? ""}
        otherName={otherUser.full_name}
        outgoing={outbox.outgoing}
        onRetry={outbox.retry}
        onDiscard={outbox.discard}
        hasOlder={conversation.hasNextPage}
        isLoadingOlder={conversation.isFetchingNextPage}
        onLoadOlder={() => void conversation.fetchNextPage()}
        emptyText={emptyText}
      />
      <MessageComposer recipientName={otherUser.full_name} onSend={outbox.send} />
    </>
  );
}
