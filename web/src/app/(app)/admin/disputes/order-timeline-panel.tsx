"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Skeleton } from "@/components/ui/skeleton";
import type { OrderEvent, OrderListItem } from "@/lib/api/types";
import { eventTerms } from "@/lib/orders/vocabulary";
import { STATUS_LABEL } from "@/lib/orders/statuses";
import { orderQueries } from "@/queries/orders";

type Parties = Pick<OrderListItem, "client" | "freelancer">;

function actorName(event: OrderEvent, order: Parties): string {
  if (event.actor_id === order.client.id) return `${order.client.full_name} (client)`;
  if (event.actor_id === order.freelancer.id) return `${order.freelancer.full_name} (freelancer)`;
  return event.actor_id ? "An admin" : "DevMarket";
}

/** The order's timeline (GET /orders/{id} → events), loaded when the panel opens. */
export function OrderTimelinePanel({ order }: { order: OrderListItem }) {
  const detail = useQuery(orderQueries.detail(order.id));

  if (detail.isPending) {
    return (
      <div aria-busy="true" className="space-y-2">
        <p role="status" className="sr-only">
          Loading the order&apos;s timeline…
        </p>
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-4 w-3/5" />
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-800">
        <p>We could not load the order&apos;s timeline.</p>
        <Button variant="secondary" onClick={() => void detail.refetch()}>
          Try again
        </Button>
      </div>
    );
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
