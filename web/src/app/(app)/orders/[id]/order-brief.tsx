import type { OrderDetail } from "@/lib/api/types";
import { LinkifiedText } from "@/components/ui/linkified-text";

/** The client's brief, given when ordering: what the freelancer works from, so it leads the order page. */
export function OrderBrief({ order }: { order: OrderDetail }) {
  if (!order.requirements) return null;
  const heading = order.viewer_role === "client" ? "Your brief" : "The client’s brief";
  return (
    <section
      aria-labelledby="order-brief-heading"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="order-brief-heading" className="text-base font-semibold text-slate-900">
        {heading}
      </h2>
      <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700 [overflow-wrap:anywhere]">
        <LinkifiedText text={order.requirements} />
      </p>
    </section>
  );
}
