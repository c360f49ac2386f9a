import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { messageQueries } from "@/queries/messages";
import { userKeys } from "@/queries/users";

import { ConversationView } from "./conversation-view";

export const metadata: Metadata = { title: "Messages" };

interface ConversationPageProps {
  params: Promise<{ userId: string }>;
}

/**
 * /messages/{userId}: the "Message" buttons on gigs and profiles lead here, so it works for
 * someone the person has never written to (the name comes from the public profile).
 */
export default async function ConversationPage({ params }: ConversationPageProps) {
  const { userId } = await params;
  const { user: me } = await requireSession(`/messages/${encodeURIComponent(userId)}`);
  if (userId === me.id) redirect("/messages");

  const api = await requestApi();
  const { data: other, response } = await api.GET("/users/{user_id}", {
    params: { path: { user_id: userId } },
  });
  // 404: nobody by that id; 422: not a user id at all.
  if (response.status === 404 || response.status === 422) notFound();
  if (!other) throw new Error(`GET /users/{id} failed with status ${response.status}`);

  const queryClient = getServerQueryClient();
  queryClient.setQueryData(userKeys.profile(userId), other);
  // A failure is left to the client, which shows it with a retry.
  await queryClient
    .infiniteQuery(messageQueries.conversation(userId, undefined, api))
    .catch(() => undefined);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ConversationView userId={userId} />
    </HydrationBoundary>
  );
}
