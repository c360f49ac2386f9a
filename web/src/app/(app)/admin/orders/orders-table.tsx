import { DisputeBadge, LateBadge, OrderStatusBadge } from "@/components/orders/order-badges";
import { DateTime } from "@/components/ui/date-time";
import type { OrderListItem } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";
import { isTerminal } from "@/lib/orders/statuses";

import { AdminTable, DATE_CELL, PRICE_CELL, type Column } from "../_components/admin-table";
import { ORDER_COLUMN } from "./order-column";

interface OrdersTableProps {
  orders: OrderListItem[];
  onOverride: (order: OrderListItem) => void;
}

const COLUMNS: readonly Column<OrderListItem>[] = [
  ORDER_COLUMN,
  { header: "Client", cell: (order) => <bdi>{order.client.full_name}</bdi> },
  { header: "Freelancer", cell: (order) => <bdi>{order.freelancer.full_name}</bdi> },
  {
    header: "Price",
    headerClassName: "text-right",
    className: PRICE_CELL,
    cell: (order) => formatPrice(order.price),
  },
  {
    header: "Status",
    cell: (order) => (
      <span className="flex flex-wrap gap-1">
        <OrderStatusBadge status={order.status} />
        {order.has_open_dispute ? <DisputeBadge /> : null}
        {order.is_late ? <LateBadge /> : null}
      </span>
    ),
  },
  {
    header: "Placed",
    className: DATE_CELL,
    cell: (order) => <DateTime iso={order.created_at} format="date" />,
  },
];

export function OrdersTable({ orders, onOverride }: OrdersTableProps) {
  return (
    <AdminTable
      label="Orders"
      minWidth="md:min-w-[60rem]"
      columns={COLUMNS}
      rows={orders}
      actionFor={(order) =>
        isTerminal(order.status)
          ? null
          : {
              label: "Override",
              ariaLabel: `Override status of order ${order.reference_code}`,
              onClick: () => {
                onOverride(order);
              },
            }
      }
    />
  );
}
