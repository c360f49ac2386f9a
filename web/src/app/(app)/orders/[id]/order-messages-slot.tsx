import type { OrderDetail } from "@/lib/api/types";

/**
 * Where the order's message thread will live (the messaging work fills it in). It renders an
 * empty, named container now, so the layout and the `#order-messages` anchor are already there.
 */
export function OrderMessagesSlot({ order }: { order: OrderDetail }) {
  return <section id="order-messages" data-order-id={order.id} className="empty:hidden" />;
}
