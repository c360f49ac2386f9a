"use client";

import Link from "next/link";
import { useId } from "react";

import type { OrderDetail } from "@/lib/api/types";

import { ConversationPanel } from "./conversation-panel";

/**
 * The order page's message thread: only the messages about this order (GET
 * /messages/{user_id}?order_id=), sent with the order attached, between its two parties. Admins
 * look at orders without being a party, so they get no composer.
 */
export function OrderThread({ order }: { order: OrderDetail }) {
  const headingId = useId();
  if (order.viewer_role === "admin") return null;
  const other = order.viewer_role === "client" ? order.freelancer : order.client;
  return (
    <section
      aria-labelledby={headingId}
      className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id={headingId} className="font-semibold">
          Messages with <bdi>{other.full_name}</bdi>
        </h2>
        <Link
          href={`/messages/${other.id}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          All messages with <bdi>{other.full_name.split(" ")[0]}</bdi>
        </Link>
      </div>
      <div className="flex h-[28rem] flex-col">
        <ConversationPanel
          otherUser={other}
          orderId={order.id}
          emptyText={
            <>
              No messages about this order yet. Questions about the brief or the payment? Ask{" "}
              <bdi>{other.full_name}</bdi> here.
            </>
          }
        />
      </div>
    </section>
  );
}
