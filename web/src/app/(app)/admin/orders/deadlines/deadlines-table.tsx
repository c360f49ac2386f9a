import { OrderStatusBadge } from "@/components/orders/order-badges";
import { DateTime } from "@/components/ui/date-time";
import { TimeLeft } from "@/components/ui/time-left";
import type { OrderListItem } from "@/lib/api/types";
import { orderDeadline, type DeadlineKind } from "@/lib/orders/deadlines";

import { AdminTable, type Column } from "../../_components/admin-table";
import { ORDER_COLUMN } from "../order-column";

const WHAT_HAPPENS: Record<DeadlineKind, string> = {
  expiry: "Cancelled if unpaid",
  "auto-complete": "Approved automatically",
};

const COLUMNS: readonly Column<OrderListItem>[] = [
  ORDER_COLUMN,
  { header: "Client", cell: (order) => <bdi>{order.client.full_name}</bdi> },
  { header: "Freelancer", cell: (order) => <bdi>{order.freelancer.full_name}</bdi> },
  {
    header: "Status",
    cell: (order) => <OrderStatusBadge status={order.status} />,
  },
  {
    header: "What happens",
    cell: (order) => {
      const deadline = orderDeadline(order);
      return deadline ? WHAT_HAPPENS[deadline.kind] : "—";
    },
  },
  {
    header: "When",
    className: "whitespace-nowrap",
    cell: (order) => {
      const deadline = orderDeadline(order);
      if (!deadline) return "—";
      return (
        <>
          <DateTime iso={deadline.at} />
          <TimeLeft iso={deadline.at} className="mt-0.5 block text-xs text-slate-500" />
        </>
      );
    },
  },
];

export function DeadlinesTable({
  orders,
  onOverride,
}: {
  orders: OrderListItem[];
  onOverride: (order: OrderListItem) => void;
}) {
  return (
    <AdminTable
      label="Orders due soon"
      minWidth="md:min-w-[60rem]"
      columns={COLUMNS}
      rows={orders}
      actionFor={(order) => ({
        label: "Override",
        ariaLabel: `Override status of order ${order.reference_code}`,
        onClick: () => {
          onOverride(order);
        },
      })}
    />
  );
}
