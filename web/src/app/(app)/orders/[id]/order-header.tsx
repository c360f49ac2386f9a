import Link from "next/link";
import type { ReactNode } from "react";

import { DisputeBadge, LateBadge, OrderStatusBadge } from "@/components/orders/order-badges";
import type { OrderDetail } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

/** Who the order is with, from where the viewer stands. */
function counterpartLine(order: OrderDetail): ReactNode {
  const client = <bdi>{order.client.full_name}</bdi>;
  const freelancer = <bdi>{order.freelancer.full_name}</bdi>;
  if (order.viewer_role === "client") return <>You ordered from {freelancer}</>;
  if (order.viewer_role === "freelancer") return <>Ordered by {client}</>;
  return (
    <>
      {client} ordered from {freelancer}
    </>
  );
}

export function OrderHeader({ order }: { order: OrderDetail }) {
  return (
    <header className="space-y-3">
      <p>
        <Link href="/orders" className="text-sm font-medium text-brand-700 hover:underline">
          ← All orders
        </Link>
      </p>
      <h1 id="order-title" className="text-2xl font-bold tracking-tight break-words sm:text-3xl">
        <bdi>{order.gig_title}</bdi>
      </h1>
      <p className="text-slate-600">
        {counterpartLine(order)} · <span className="font-semibold">{formatPrice(order.price)}</span>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <OrderStatusBadge status={order.status} />
        {order.is_late ? <LateBadge /> : null}
        {order.has_open_dispute ? <DisputeBadge /> : null}
      </div>
    </header>
  );
}
