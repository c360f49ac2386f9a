import { FileChipList } from "@/components/files/file-chip";
import { DateTime } from "@/components/ui/date-time";
import { LinkifiedText } from "@/components/ui/linkified-text";
import type { OrderDetail } from "@/lib/api/types";
import { deliveriesOf, type Delivery } from "@/lib/orders/deliveries";

function DeliveryNote({ delivery }: { delivery: Delivery }) {
  return delivery.note ? (
    <p className="text-sm whitespace-pre-wrap text-slate-800 [overflow-wrap:anywhere]">
      <LinkifiedText text={delivery.note} />
    </p>
  ) : (
    <p className="text-sm text-slate-600">Delivered without a note.</p>
  );
}

function DeliveryFiles({ delivery }: { delivery: Delivery }) {
  return (
    <FileChipList files={delivery.files} label={`Files of delivery round ${delivery.number}`} />
  );
}

function RevisionRequest({ delivery }: { delivery: Delivery }) {
  if (!delivery.revisionRequest) return null;
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-medium">
        Revision requested <DateTime iso={delivery.revisionRequest.at} />
      </p>
      {delivery.revisionRequest.reason ? (
        <p className="mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]">
          <LinkifiedText text={delivery.revisionRequest.reason} />
        </p>
      ) : null}
    </div>
  );
}

/**
 * The work as delivered, where the client reviews it: the latest delivery in full at the top of the
 * page, earlier rounds folded away below it (each with the revision that answered it).
 */
export function DeliveryPanel({ order }: { order: OrderDetail }) {
  const [latest, ...earlier] = deliveriesOf(order.events);
  if (!latest) return null;
  const heading = earlier.length > 0 ? `Latest delivery (round ${latest.number})` : "Delivery";

  return (
    <section
      aria-labelledby="delivery-heading"
      className="space-y-3 rounded-xl border border-brand-100 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="delivery-heading" className="text-lg font-semibold text-slate-900">
          {heading}
        </h2>
        <p className="text-sm text-slate-600">
          Delivered <DateTime iso={latest.deliveredAt} />
        </p>
      </div>
      <DeliveryNote delivery={latest} />
      <DeliveryFiles delivery={latest} />
      <RevisionRequest delivery={latest} />
      {earlier.length > 0 ? (
        <details className="group rounded-md border border-slate-200">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-slate-800">
            Earlier deliveries ({earlier.length})
          </summary>
          <ol className="space-y-4 border-t border-slate-200 p-3">
            {earlier.map((delivery) => (
              <li key={delivery.deliveredAt} className="space-y-2">
                <p className="text-sm font-medium text-slate-900">
                  Round {delivery.number} · <DateTime iso={delivery.deliveredAt} />
                </p>
                <DeliveryNote delivery={delivery} />
                <DeliveryFiles delivery={delivery} />
                <RevisionRequest delivery={delivery} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
