"use client";

import Link from "next/link";
import { useId, useState, type ReactNode } from "react";

import { OrderStatusBadge } from "@/components/orders/order-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import type { OverrideStatus } from "@/lib/admin/schemas";
import type { DisputeQueueItem } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";
import { isTerminal } from "@/lib/orders/statuses";

import { OrderMessagesPanel } from "./order-messages-panel";
import { OrderTimelinePanel } from "./order-timeline-panel";
import { PaymentProofs } from "./payment-proofs";

interface DisputeCardProps {
  dispute: DisputeQueueItem;
  onResolve: (status: OverrideStatus) => void;
}

function openerRole(dispute: DisputeQueueItem): string {
  if (dispute.opened_by.id === dispute.order.client_id) return "client";
  if (dispute.opened_by.id === dispute.order.freelancer_id) return "freelancer";
  return "party";
}

/** One dispute: the order it is about, who raised it and why, its timeline, and the way out. */
export function DisputeCard({ dispute, onResolve }: DisputeCardProps) {
  const { order } = dispute;
  const headingId = useId();
  const panelId = useId();
  const [showTimeline, setShowTimeline] = useState(false);
  const canResolve = dispute.status === "OPEN" && !isTerminal(order.status);

  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">
            <Link href={`/orders/${order.id}`} className="text-brand-700 hover:underline">
              {order.gig_title}
            </Link>
          </h2>
          <p className="font-mono text-xs text-slate-500">{order.reference_code}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          {dispute.status === "OPEN" ? (
            <Badge tone="danger">Dispute open</Badge>
          ) : (
            <Badge tone="success">Dispute resolved</Badge>
          )}
          <OrderStatusBadge status={order.status} />
        </div>
      </header>

      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Fact term="Client">
          <bdi>{order.client.full_name}</bdi>
        </Fact>
        <Fact term="Freelancer">
          <bdi>{order.freelancer.full_name}</bdi>
        </Fact>
        <Fact term="Price">{formatPrice(order.price)}</Fact>
        <Fact term="Opened">
          by <bdi>{dispute.opened_by.full_name}</bdi> ({openerRole(dispute)}),{" "}
          <DateTime iso={dispute.created_at} />
        </Fact>
      </dl>

      <div>
        <h3 className="text-sm font-semibold text-slate-800">Reason</h3>
        <p className="mt-1 whitespace-pre-line rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {dispute.reason}
        </p>
      </div>

      <PaymentProofs proofs={dispute.payment_proofs} />

      {dispute.status === "RESOLVED" ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">Resolution</h3>
          <p className="mt-1 text-sm text-slate-700">
            {dispute.resolution ?? "No resolution note."}
            {dispute.resolved_at ? (
              <span className="text-slate-500">
                {" "}
                — <DateTime iso={dispute.resolved_at} />
              </span>
            ) : null}
          </p>
        </div>
      ) : null}

      <div>
        <Button
          variant="ghost"
          className="-ml-4"
          aria-expanded={showTimeline}
          aria-controls={panelId}
          onClick={() => {
            setShowTimeline((shown) => !shown);
          }}
        >
          {showTimeline ? "Hide the timeline and messages" : "Show the timeline and messages"}
        </Button>
        <div id={panelId} hidden={!showTimeline} className="mt-3 grid gap-6 lg:grid-cols-2">
          {showTimeline ? (
            <>
              <OrderTimelinePanel order={order} />
              <section aria-labelledby={`${panelId}-messages`} className="space-y-3">
                <h3 id={`${panelId}-messages`} className="text-sm font-semibold text-slate-800">
                  Messages
                </h3>
                <OrderMessagesPanel order={order} />
              </section>
            </>
          ) : null}
        </div>
      </div>

      {canResolve ? (
        <div className="flex flex-col gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
          <Button
            variant="secondary"
            aria-label={`Resolve: complete order ${order.reference_code}`}
            onClick={() => {
              onResolve("COMPLETED");
            }}
          >
            Resolve: complete
          </Button>
          <Button
            variant="danger"
            aria-label={`Resolve: cancel order ${order.reference_code}`}
            onClick={() => {
              onResolve("CANCELLED");
            }}
          >
            Resolve: cancel
          </Button>
        </div>
      ) : null}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
