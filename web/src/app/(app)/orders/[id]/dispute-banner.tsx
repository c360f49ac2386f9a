import { DateTime } from "@/components/ui/date-time";
import type { Dispute, OrderDetail, OrderStatus } from "@/lib/api/types";

function openerName(order: OrderDetail, dispute: Dispute): string {
  const isClient = dispute.opened_by === order.client_id;
  const role = isClient ? "client" : "freelancer";
  if (order.viewer_role === role) return "You";
  return isClient ? order.client.full_name : order.freelancer.full_name;
}

/** The statuses with a platform deadline, which an open dispute pauses (DESIGN §13). */
const PAUSED_STATUSES: readonly OrderStatus[] = ["PENDING_PAYMENT", "SUBMITTED"];

/** An open dispute is the first thing both parties see; settled ones stay on record below it. */
export function DisputeBanner({ order }: { order: OrderDetail }) {
  if (order.disputes.length === 0) return null;
  const open = order.disputes.find((dispute) => dispute.status === "OPEN");
  const resolved = order.disputes.filter((dispute) => dispute.status !== "OPEN");

  return (
    <section aria-label="Disputes" className="space-y-3">
      {open ? (
        <div className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-900">
          <h2 className="font-semibold">A dispute is open on this order</h2>
          <p className="mt-1 text-sm">
            {openerName(order, open)} reported a problem on{" "}
            <DateTime iso={open.created_at} format="date" />: “{open.reason}”
          </p>
          <p className="mt-1 text-sm">
            An admin will review it. You can keep working on the order in the meantime.
          </p>
          {PAUSED_STATUSES.includes(order.status) ? (
            <p className="mt-1 text-sm">
              Until it is settled, DevMarket will not cancel or approve this order automatically.
            </p>
          ) : null}
        </div>
      ) : null}
      {resolved.map((dispute) => (
        <p
          key={dispute.id}
          className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700"
        >
          Dispute resolved
          {dispute.resolved_at ? (
            <>
              {" "}
              on <DateTime iso={dispute.resolved_at} format="date" />
            </>
          ) : null}
          {dispute.resolution ? `: ${dispute.resolution}` : "."}
        </p>
      ))}
    </section>
  );
}
