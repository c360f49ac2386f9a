"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";

import type { MessagePage } from "@/lib/api/types";
import { unreadIdsFrom, useMarkConversationRead } from "@/queries/messages";

function subscribeToVisibility(onChange: () => void): () => void {
  document.addEventListener("visibilitychange", onChange);
  return () => {
    document.removeEventListener("visibilitychange", onChange);
  };
}

/** Whether the tab is in front; false while rendering on the server. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(
    subscribeToVisibility,
    () => document.visibilityState === "visible",
    () => false,
  );
}

/**
 * What is on screen in a visible tab has been read: record it with POST /messages/{id}/read (a GET
 * never changes state). A hidden tab records nothing until it comes back to the front. Each set of
 * unread messages is recorded once, so a failed request is not retried in a loop; the next message
 * (or the next visit) tries again.
 */
export function useRecordReading(
  otherUserId: string,
  orderId: string | undefined,
  data: { pages: MessagePage[] } | undefined,
): void {
  const { mutate } = useMarkConversationRead(otherUserId, orderId);
  const isVisible = useDocumentVisible();
  const unreadIds = unreadIdsFrom(data, otherUserId);
  const signature = unreadIds.join(",");
  const recorded = useRef("");

  useEffect(() => {
    if (!isVisible || signature === "" || signature === recorded.current) return;
    recorded.current = signature;
    mutate(signature.split(","));
  }, [isVisible, signature, mutate]);
}
