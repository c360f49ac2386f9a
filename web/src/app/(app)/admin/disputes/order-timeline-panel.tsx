"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { FileChipList } from "@/components/files/file-chip";
import { DateTime } from "@/components/ui/date-time";
import type { OrderEvent, OrderListItem } from "@/lib/api/types";
import { eventTerms } from "@/lib/orders/vocabulary";
import { STATUS_LABEL } from "@/lib/orders/statuses";
import { orderQueries } from "@/queries/orders";

import { PanelError, PanelLoading, partyName } from "./panel-states";

function actorName(event: OrderEvent, order: OrderListItem): string {
  return partyName(event.actor_id, order) ?? (event.actor_id ? "An admin" : "DevMarket");
}

/** The order's timeline (GET /orders/{id} → events), loaded when the panel opens. */
export function OrderTimelinePanel({ order }: { order: OrderListItem }) {
  const detail = useQuery(orderQueries.detail(order.id));

  if (detail.isPending) {
    return (
      <PanelLoading what="the order's timeline" lines={["h-4 w-2/3", "h-4 w-1/2", "h-4 w-3/5"]} />
    );
  }
  if (detail.isError) {
    return <PanelError what="the order's timeline" onRetry={() => void detail.refetch()} />;
  }

  const events = detail.data.events;
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-800">Timeline</h3>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has happened on this order yet.</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {events.map((event, index) => (
            <li key={`${event.created_at}-${index}`} className="text-sm">
              <p className="text-slate-800">
                <span className="font-medium">{actorName(event, order)}</span>{" "}
                {eventTerms(event.action)?.did ?? event.action}
                <span className="text-slate-500"> → {STATUS_LABEL[event.to_status]}</span>
              </p>
              {event.reason ? (
                <p className="mt-0.5 whitespace-pre-line text-slate-600">“{event.reason}”</p>
              ) : null}
              <FileChipList files={event.files} label="Files delivered" className="my-1" />
              <p className="text-xs text-slate-500">
                <DateTime iso={event.created_at} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm">
        <Link href={`/orders/${order.id}`} className="font-semibold text-brand-700 hover:underline">
          Open the order page
        </Link>{" "}
        <span className="text-slate-500">for its payment proofs and deliveries.</span>
      </p>
    </div>
  );
}
