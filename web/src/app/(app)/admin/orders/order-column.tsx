import Link from "next/link";

import type { OrderListItem } from "@/lib/api/types";

import type { Column } from "../_components/admin-table";

/** The first column of every admin order table: the gig's title to open the order, its reference below. */
export const ORDER_COLUMN: Column<OrderListItem> = {
  header: "Order",
  className: "md:max-w-xs",
  cell: (order) => (
    <>
      <Link href={`/orders/${order.id}`} className="font-medium text-brand-700 hover:underline">
        {order.gig_title}
      </Link>
      <span className="mt-0.5 block font-mono text-xs text-slate-500">{order.reference_code}</span>
    </>
  ),
};
