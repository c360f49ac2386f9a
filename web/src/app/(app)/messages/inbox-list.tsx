"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { CountBadge } from "@/components/ui/count-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConversationSummary } from "@/lib/api/types";
import { preview } from "@/lib/realtime/describe";
import { messageQueries } from "@/queries/messages";

function InboxRow({
  conversation,
  isOpen,
}: {
  conversation: ConversationSummary;
  isOpen: boolean;
}) {
  const { user, last_message: last, unread_count: unread } = conversation;
  const fromMe = last.receiver_id === user.id;
  return (
    <li>
      <Link
        href={`/messages/${user.id}`}
        aria-current={isOpen ? "page" : undefined}
        className={`flex items-center gap-3 px-4 py-3 hover:bg-slate-50 ${isOpen ? "bg-brand-50" : ""}`}
      >
        <Avatar name={user.full_name} url={user.avatar_url} size="sm" />
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline justify-between gap-2">
            <span className={`truncate text-sm ${unread > 0 ? "font-bold" : "font-semibold"}`}>
              <bdi>{user.full_name}</bdi>
            </span>
            <RelativeTime iso={last.created_at} className="shrink-0 text-xs text-slate-600" />
          </span>
          <span className="flex items-center justify-between gap-2">
            <span
              className={`truncate text-sm ${unread > 0 ? "text-slate-900" : "text-slate-600"}`}
            >
              {fromMe ? "You: " : ""}
              {preview(last.content)}
            </span>
            <CountBadge count={unread} />
            {unread > 0 ? <span className="sr-only">, {unread} unread</span> : null}
          </span>
        </span>
      </Link>
    </li>
  );
}

/** Everyone the person has written with, most recent first, with what they have not read. */
export function InboxList() {
  const pathname = usePathname();
  const { data, isPending, isError, refetch } = useQuery(messageQueries.inbox());

  if (isPending) {
    return (
      <div aria-busy="true" className="space-y-4 p-4">
        <span className="sr-only">Loading conversations…</span>
        {[0, 1, 2].map((row) => (
          <div key={row} className="flex items-center gap-3">
            <Skeleton className="size-8 rounded-full" />
            <Skeleton className="h-4 flex-1" />
          </div>
        ))}
      </div>
    );
  }
  if (isError) {
    return (
      <div role="alert" className="space-y-3 p-4 text-sm">
        <p>We could not load your conversations.</p>
        <Button variant="secondary" onClick={() => void refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (data.items.length === 0) {
    return (
      <div className="p-6 text-sm text-slate-600">
        <p className="font-semibold text-slate-900">No conversations yet</p>
        <p className="mt-2">
          Questions about a gig? Open it and use &ldquo;Message&rdquo; to write to its freelancer.
        </p>
        <Link
          href="/gigs"
          className="mt-4 inline-block font-semibold text-brand-700 hover:underline"
        >
          Browse gigs
        </Link>
      </div>
    );
  }
  return (
    <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto">
      {data.items.map((conversation) => (
        <InboxRow
          key={conversation.user.id}
          conversation={conversation}
          isOpen={pathname === `/messages/${conversation.user.id}`}
        />
      ))}
    </ul>
  );
}
