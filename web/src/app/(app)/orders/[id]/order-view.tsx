"use client";

import { useSuspenseQuery } from "@tanstack/react-query";

import { useClearOrderNotifications } from "@/components/notifications/use-clear-order-notifications";
import { orderQueries } from "@/queries/orders";

import { DeliveryPanel } from "./delivery-panel";
import { DisputeBanner } from "./dispute-banner";
import { OrderBrief } from "./order-brief";
import { NextStepPanel } from "./next-step-panel";
import { OrderFacts } from "./order-facts";
import { OrderHeader } from "./order-header";
import { OrderMessagesSlot } from "./order-messages-slot";
import { OrderTimeline } from "./order-timeline";
import { PaymentPanel } from "./payment-panel";
import { PaymentProofsList } from "./payment-proofs-list";
import { ReviewSection } from "./review-section";
import { StatusAnnouncer } from "./status-announcer";
import { StatusStepper } from "./status-stepper";

/**
 * The order page. It reads one cached query (`orderKeys.detail`), which every action replaces
 * with the API's answer and which live updates invalidate, so all sections always agree.
 */
export function OrderView({ orderId }: { orderId: string }) {
  const { data: order } = useSuspenseQuery(orderQueries.detail(orderId));
  useClearOrderNotifications(orderId);
  const paysNow = order.available_actions.includes("submit-payment");

  return (
    <article aria-labelledby="order-title" className="space-y-8">
      <OrderHeader order={order} />
      <DisputeBanner order={order} />
      <StatusStepper order={order} />
      <StatusAnnouncer status={order.status} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <OrderBrief order={order} />
          <DeliveryPanel order={order} />
          <NextStepPanel order={order} />
          {paysNow ? <PaymentPanel order={order} /> : null}
          {order.status === "COMPLETED" ? <ReviewSection order={order} /> : null}
          <OrderMessagesSlot order={order} />
        </div>
        <aside aria-label="Order details" className="min-w-0 space-y-6">
          <OrderFacts order={order} />
          <PaymentProofsList order={order} />
          <OrderTimeline order={order} />
        </aside>
      </div>
    </article>
  );
}
