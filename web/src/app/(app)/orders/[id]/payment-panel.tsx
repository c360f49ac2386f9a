import { CopyButton } from "@/components/ui/copy-button";
import type { OrderDetail } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

import { PaymentProofForm } from "./payment-proof-form";

/** The freelancer's reason for turning the last proof down, from the timeline. */
function rejectionReason(order: OrderDetail): string | null {
  if (order.payment_status !== "REJECTED") return null;
  const rejection = order.events.findLast((event) => event.action === "reject-payment");
  return rejection?.reason ?? "";
}

/** For the client while payment is due: how to pay, what to write on the transfer, the proof form. */
export function PaymentPanel({ order }: { order: OrderDetail }) {
  const freelancer = order.freelancer.full_name;
  const rejected = rejectionReason(order);

  return (
    <section
      aria-labelledby="payment-heading"
      className="space-y-6 rounded-xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <h2 id="payment-heading" className="text-lg font-semibold">
        Pay {formatPrice(order.price)} to {freelancer}
      </h2>

      {rejected !== null ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p className="font-semibold">Your last payment proof was rejected</p>
          {rejected ? (
            <p className="mt-1">
              {freelancer} said: “{rejected}”
            </p>
          ) : null}
          <p className="mt-1">Check the transfer, then submit a new proof below.</p>
        </div>
      ) : null}

      <div className="space-y-2">
        <h3 className="font-medium text-slate-900">1. Send the money</h3>
        {order.payment_instructions.trim() ? (
          <p className="whitespace-pre-line break-words rounded-lg bg-slate-50 p-4 text-slate-800">
            {order.payment_instructions}
          </p>
        ) : (
          <p className="rounded-lg bg-slate-50 p-4 text-slate-700">
            {freelancer} has not added payment instructions yet.{" "}
            <a href="#order-messages" className="font-semibold text-brand-700 hover:underline">
              Send them a message
            </a>{" "}
            to ask how they would like to be paid.
          </p>
        )}
      </div>

      <div className="space-y-2">
        <h3 className="font-medium text-slate-900">2. Put this reference on the transfer</h3>
        <div className="flex flex-wrap items-center gap-3">
          <code className="rounded-md bg-slate-100 px-3 py-1.5 font-mono text-lg font-semibold tracking-wider">
            {order.reference_code}
          </code>
          <CopyButton value={order.reference_code} label="Copy reference" />
        </div>
        <p className="text-sm text-slate-600">
          It lets {freelancer} match your payment to this order.
        </p>
      </div>

      <div className="space-y-3">
        <h3 className="font-medium text-slate-900">3. Tell {freelancer} you paid</h3>
        <PaymentProofForm order={order} />
      </div>
    </section>
  );
}
