import Link from "next/link";

import {
  DisputeBadge,
  LateBadge,
  NeedsActionBadge,
  OrderStatusBadge,
} from "@/components/orders/order-badges";
import { DateTime } from "@/components/ui/date-time";
import type { OrderListItem } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";
import type { OrderListRole } from "@/lib/orders/list-filters";

/** One order in the list; the whole card is the link's target area, the title is the link. */
export function OrderRow({ order, role }: { order: OrderListItem; role: OrderListRole }) {
  const counterpart =
    role === "client" ? (
      <>
        from <bdi>{order.freelancer.full_name}</bdi>
      </>
    ) : (
      <>
        for <bdi>{order.client.full_name}</bdi>
      </>
    );
  const needsMe = order.waiting_for === role;

  return (
    <article
      className={`relative rounded-xl border bg-white p-4 hover:border-brand-600 sm:p-5 ${
        needsMe ? "border-amber-300" : "border-slate-200"
      }`}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="font-semibold text-slate-900">
            <Link
              href={`/orders/${order.id}`}
              className="break-words after:absolute after:inset-0 after:content-['']"
            >
              {order.gig_title}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {counterpart} · placed <DateTime iso={order.created_at} format="date" /> ·{" "}
            <span className="font-mono">{order.reference_code}</span>
          </p>
        </div>
        <p className="shrink-0 text-lg font-semibold text-slate-900">{formatPrice(order.price)}</p>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <OrderStatusBadge status={order.status} />
        {needsMe ? <NeedsActionBadge /> : null}
        {order.is_late ? <LateBadge /> : null}
        {order.has_open_dispute ? <DisputeBadge /> : null}
      </div>
    </article>
  );
}
