"use client";

import { useQuery } from "@tanstack/react-query";

import { CountBadge } from "@/components/ui/count-badge";
import { messageQueries } from "@/queries/messages";

/** The unread count next to the "Messages" link; its accessible name becomes "Messages, 2 unread". */
export function UnreadMessagesCount() {
  const { data: count = 0 } = useQuery(messageQueries.unreadCount());
  if (count === 0) return null;
  return (
    <>
      <CountBadge count={count} />
      <span className="sr-only">, {count} unread</span>
    </>
  );
}
