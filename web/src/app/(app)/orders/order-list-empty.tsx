import Link from "next/link";

import { orderListHref, type OrderListFilters } from "@/lib/orders/list-filters";

const LINK_CLASSES =
  "inline-flex min-h-10 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700";

/** Each tab and filter explains its own emptiness, and offers the way forward. */
export function OrderListEmpty({ filters }: { filters: OrderListFilters }) {
  if (filters.status !== "all") {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
        <p className="font-semibold text-slate-900">
          {filters.status === "action"
            ? "Nothing is waiting for you."
            : "No orders match this filter."}
        </p>
        <p className="mt-4">
          <Link
            href={orderListHref({ ...filters, status: "all" })}
            className="font-semibold text-brand-700 hover:underline"
          >
            Show all {filters.role === "client" ? "purchases" : "sales"}
          </Link>
        </p>
      </div>
    );
  }
  return filters.role === "client" ? (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-semibold text-slate-900">You have not ordered anything yet.</p>
      <p className="mt-2 text-slate-600">
        Find a developer or designer, order their gig, and follow it here from payment to delivery.
      </p>
      <p className="mt-6">
        <Link href="/gigs" className={LINK_CLASSES}>
          Browse gigs
        </Link>
      </p>
    </div>
  ) : (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-semibold text-slate-900">Nobody has ordered from you yet.</p>
      <p className="mt-2 text-slate-600">
        When a client orders one of your gigs, it appears here with what you need to do next. The{" "}
        <Link href="/settings/profile" className="font-semibold text-brand-700 hover:underline">
          payment instructions on your profile
        </Link>{" "}
        tell clients how to pay you.
      </p>
      <p className="mt-6">
        <Link href="/dashboard/gigs" className={LINK_CLASSES}>
          Manage your gigs
        </Link>
      </p>
    </div>
  );
}
