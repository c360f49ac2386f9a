"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { ConversationPanel } from "@/components/messages/conversation-panel";
import { Avatar } from "@/components/ui/avatar";
import { userQueries } from "@/queries/users";

/** One conversation: who it is with (linking to their profile), the messages, the composer. */
export function ConversationView({ userId }: { userId: string }) {
  // Seeded by the page from the server; a refetch only happens if it goes stale.
  const { data: other } = useQuery(userQueries.profile(userId));
  const name = other?.full_name ?? "…";

  return (
    <>
      <div className="flex items-center gap-3 border-b border-slate-200 px-3 py-3 sm:px-4">
        <Link
          href="/messages"
          className="-ml-1 rounded-md px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-slate-100 md:hidden"
        >
          <span aria-hidden="true">←</span> Inbox
        </Link>
        <Avatar name={name} url={other?.avatar_url} size="sm" />
        <h2 className="min-w-0 truncate font-semibold">
          <Link href={`/users/${userId}`} className="hover:underline">
            <bdi>{name}</bdi>
          </Link>
        </h2>
      </div>
      {other ? (
        <ConversationPanel
          key={userId}
          otherUser={other}
          emptyText={
            <>
              No messages yet. Say hello to <bdi>{other.full_name}</bdi>.
            </>
          }
        />
      ) : null}
    </>
  );
}
