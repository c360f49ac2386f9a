import { OrderThread } from "@/components/messages/order-thread";
import type { OrderDetail } from "@/lib/api/types";

/** The order's message thread, under the `#order-messages` anchor. */
export function OrderMessagesSlot({ order }: { order: OrderDetail }) {
  return (
    <div id="order-messages" data-order-id={order.id} className="scroll-mt-4 empty:hidden">
      <OrderThread order={order} />
    </div>
  );
}
