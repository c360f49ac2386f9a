import { Badge } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/api/types";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/orders/statuses";

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}

/** Work owed past its due date (the API decides: `is_late`). */
export function LateBadge() {
  return <Badge tone="danger">Late</Badge>;
}

export function NeedsActionBadge() {
  return <Badge tone="attention">Needs your action</Badge>;
}

export function DisputeBadge() {
  return <Badge tone="danger">Dispute open</Badge>;
}
