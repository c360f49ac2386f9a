import Link from "next/link";
import type { ReactNode } from "react";

import { LateBadge } from "@/components/orders/order-badges";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import type { OrderDetail, PaymentStatus } from "@/lib/api/types";
import { formatDelivery, formatPrice } from "@/lib/gigs/format";

const PAYMENT_LABEL: Record<PaymentStatus, string> = {
  UNPAID: "Not paid yet",
  SUBMITTED: "Proof submitted",
  CONFIRMED: "Confirmed",
  REJECTED: "Proof rejected",
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
      <dt className="text-sm text-slate-500">{term}</dt>
      <dd className="text-right text-sm font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/** Why an order has no due date: work has not started yet, or never will. */
function noDueDate(order: OrderDetail): string {
  return order.status === "CANCELLED"
    ? "None: cancelled before work started"
    : "Set when work starts";
}

function person(name: string, isViewer: boolean): ReactNode {
  return isViewer ? (
    <>
      <bdi>{name}</bdi> (you)
    </>
  ) : (
    <bdi>{name}</bdi>
  );
}

export function OrderFacts({ order }: { order: OrderDetail }) {
  return (
    <section
      aria-labelledby="facts-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="facts-heading" className="font-semibold">
        Order details
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Fact term="Price">{formatPrice(order.price)}</Fact>
        <Fact term="Payment">{PAYMENT_LABEL[order.payment_status]}</Fact>
        <Fact term="Reference code">
          <span className="inline-flex flex-wrap items-center justify-end gap-2">
            <code className="font-mono">{order.reference_code}</code>
            {/* While the client pays, the payment panel has this button already. */}
            {order.available_actions.includes("submit-payment") ? null : (
              <CopyButton value={order.reference_code} label="Copy" />
            )}
          </span>
        </Fact>
        <Fact term="Delivery">{formatDelivery(order.delivery_days)}</Fact>
        <Fact term="Due">
          {order.due_at ? (
            <span className="inline-flex items-center gap-2">
              <DateTime iso={order.due_at} />
              {order.is_late ? <LateBadge /> : null}
            </span>
          ) : (
            <span className="font-normal text-slate-600">{noDueDate(order)}</span>
          )}
        </Fact>
        <Fact term="Placed">
          <DateTime iso={order.created_at} />
        </Fact>
        <Fact term="Client">{person(order.client.full_name, order.viewer_role === "client")}</Fact>
        <Fact term="Freelancer">
          {person(order.freelancer.full_name, order.viewer_role === "freelancer")}
        </Fact>
        <Fact term="Gig">
          <Link href={`/gigs/${order.gig_id}`} className="text-brand-700 hover:underline">
            View the gig
          </Link>
        </Fact>
      </dl>
    </section>
  );
}
