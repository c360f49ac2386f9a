"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import type { Message, OrderListItem } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { PanelError, PanelLoading, partyName } from "./panel-states";
import { LinkifiedText } from "@/components/ui/linkified-text";

function senderName(message: Message, order: OrderListItem): string {
  return partyName(message.sender_id, order) ?? "Someone else";
}

/**
 * What the parties wrote to each other on the order's page (GET /admin/orders/{id}/messages, open
 * to admins once a dispute exists). The API pages newest first; people read a thread oldest first,
 * so pages are shown reversed and "Load earlier messages" sits on top.
 */
export function OrderMessagesPanel({ order }: { order: OrderListItem }) {
  const query = useInfiniteQuery(adminQueries.orderMessages(order.id));
  const messages = useMemo(
    () => (query.data?.pages.flatMap((page) => page.items) ?? []).toReversed(),
    [query.data],
  );

  if (query.isPending) {
    return <PanelLoading what="the order's messages" lines={["h-10 w-3/4", "h-10 w-2/3"]} />;
  }
  if (query.isError) {
    return <PanelError what="the order's messages" onRetry={() => void query.refetch()} />;
  }
  if (messages.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        The parties have not written to each other on this order.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {query.hasNextPage ? (
        <Button
          variant="secondary"
          isLoading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          Load earlier messages
        </Button>
      ) : null}
      {/* Focusable so keyboard users can scroll a long thread. */}
      <div
        role="region"
        aria-label="Messages about this order"
        tabIndex={0}
        className="max-h-96 overflow-y-auto rounded-md bg-slate-50 p-3"
      >
        <ol className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="text-sm">
              <p className="text-xs text-slate-500">
                <span className="font-semibold text-slate-700">{senderName(message, order)}</span> ·{" "}
                <DateTime iso={message.created_at} />
              </p>
              <p className="mt-0.5 whitespace-pre-wrap break-words text-slate-800">
                <LinkifiedText text={message.content} />
              </p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
