"use client";

import { useEffect } from "react";

import { useDocumentVisible } from "@/components/messages/use-record-reading";
import { useMarkNotificationsRead } from "@/queries/notifications";

/**
 * Opening an order's page is reading its notifications: the bell drops them. Recorded each time the
 * page comes to the front, so what arrived while the tab was hidden is cleared when it is seen;
 * what arrives while it is in front is read as it comes (apply-notifications.ts).
 */
export function useClearOrderNotifications(orderId: string): void {
  const { mutate } = useMarkNotificationsRead();
  const isVisible = useDocumentVisible();

  useEffect(() => {
    if (isVisible) mutate({ orderId });
  }, [isVisible, orderId, mutate]);
}
