import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { messageQueries } from "@/queries/messages";

import { InboxList } from "./inbox-list";
import { MessagesShell } from "./messages-shell";

/**
 * The inbox beside whichever conversation is open (one screen at a time on phones), so moving
 * between conversations keeps the list where it is.
 */
export default async function MessagesLayout({ children }: { children: ReactNode }) {
  await requireSession();
  const queryClient = getServerQueryClient();
  // A failure is left to the client, which shows it with a retry.
  await queryClient.query(messageQueries.inbox(await requestApi())).catch(() => undefined);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <MessagesShell inbox={<InboxList />}>{children}</MessagesShell>
    </HydrationBoundary>
  );
}
