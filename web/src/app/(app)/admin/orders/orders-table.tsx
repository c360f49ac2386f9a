import Link from "next/link";

import { DisputeBadge, LateBadge, OrderStatusBadge } from "@/components/orders/order-badges";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import type { OrderListItem } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";
import { isTerminal } from "@/lib/orders/statuses";

interface OrdersTableProps {
  orders: OrderListItem[];
  onOverride: (order: OrderListItem) => void;
}

export function OrdersTable({ orders, onOverride }: OrdersTableProps) {
  return (
    <DataTable label="Orders" minWidth="min-w-[60rem]">
      <thead>
        <tr>
          <HeaderCell>Order</HeaderCell>
          <HeaderCell>Client</HeaderCell>
          <HeaderCell>Freelancer</HeaderCell>
          <HeaderCell className="text-right">Price</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Placed</HeaderCell>
          <HeaderCell>
            <span className="sr-only">Actions</span>
          </HeaderCell>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {orders.map((order) => (
          <tr key={order.id}>
            <Cell className="max-w-xs">
              <Link
                href={`/orders/${order.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {order.gig_title}
              </Link>
              <span className="mt-0.5 block font-mono text-xs text-slate-500">
                {order.reference_code}
              </span>
            </Cell>
            <Cell>{order.client.full_name}</Cell>
            <Cell>{order.freelancer.full_name}</Cell>
            <Cell className="whitespace-nowrap text-right tabular-nums">
              {formatPrice(order.price)}
            </Cell>
            <Cell>
              <span className="flex flex-wrap gap-1">
                <OrderStatusBadge status={order.status} />
                {order.has_open_dispute ? <DisputeBadge /> : null}
                {order.is_late ? <LateBadge /> : null}
              </span>
            </Cell>
            <Cell className="whitespace-nowrap">
              <DateTime iso={order.created_at} format="date" />
            </Cell>
            <Cell className="text-right">
              {isTerminal(order.status) ? null : (
                <Button
                  variant="secondary"
                  aria-label={`Override status of order ${order.reference_code}`}
                  onClick={() => {
                    onOverride(order);
                  }}
                >
                  Override
                </Button>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
