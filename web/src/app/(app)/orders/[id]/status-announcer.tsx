"use client";

import { useState } from "react";

import type { OrderStatus } from "@/lib/api/types";
import { STATUS_LABEL } from "@/lib/orders/statuses";

/**
 * Tells screen-reader users when the order's status changes while they are on the page, whether
 * by their own action, a payment proof, or (later) a live update from the other party.
 */
export function StatusAnnouncer({ status }: { status: OrderStatus }) {
  const [seenStatus, setSeenStatus] = useState(status);
  const [message, setMessage] = useState("");
  // Adjusting state while rendering (React's pattern for "react to a prop change").
  if (seenStatus !== status) {
    setSeenStatus(status);
    setMessage(`The order is now: ${STATUS_LABEL[status]}.`);
  }
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
