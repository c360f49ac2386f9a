import { FileChipList } from "@/components/files/file-chip";
import { ClockIcon } from "@/components/ui/clock-icon";
import { DateTime } from "@/components/ui/date-time";
import type { OrderDetail, OrderEvent } from "@/lib/api/types";
import { eventTerms } from "@/lib/orders/vocabulary";
import { STATUS_LABEL } from "@/lib/orders/statuses";
import { LinkifiedText } from "@/components/ui/linkified-text";

function actorName(order: OrderDetail, event: OrderEvent): string {
  if (event.actor_id === null) return "DevMarket";
  if (event.actor_id === order.client_id) {
    return order.viewer_role === "client" ? "You" : order.client.full_name;
  }
  if (event.actor_id === order.freelancer_id) {
    return order.viewer_role === "freelancer" ? "You" : order.freelancer.full_name;
  }
  return "An admin";
}

/** Who did what, when, and why: the order's append-only history, oldest first. */
export function OrderTimeline({ order }: { order: OrderDetail }) {
  return (
    <section
      aria-labelledby="timeline-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="timeline-heading" className="font-semibold">
        Timeline
      </h2>
      <ol className="mt-3 space-y-4 border-l-2 border-slate-200 pl-4">
        {order.events.map((event, index) => (
          <li
            key={`${event.created_at}-${index}`}
            className="relative text-sm"
            data-actor={event.actor_id === null ? "system" : undefined}
          >
            {event.actor_id === null ? (
              // A clock on the line: the platform's own moves (expiry, auto-completion) stand apart.
              <ClockIcon className="absolute top-0 -left-[1.85rem] size-5 rounded-full bg-white text-sky-700" />
            ) : (
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-brand-600"
              />
            )}
            <p className="text-slate-900">
              <bdi className="font-semibold">{actorName(order, event)}</bdi>{" "}
              {eventTerms(event.action)?.did ??
                `moved the order to ${STATUS_LABEL[event.to_status]}`}
            </p>
            {event.reason ? (
              <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 whitespace-pre-line break-words text-slate-700">
                “<LinkifiedText text={event.reason} />”
              </p>
            ) : null}
            <FileChipList files={event.files} label="Files delivered" className="mt-2" />
            <p className="mt-1 text-xs text-slate-500">
              <DateTime iso={event.created_at} /> · {STATUS_LABEL[event.to_status]}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
