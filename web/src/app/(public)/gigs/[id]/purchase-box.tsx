import Link from "next/link";

import type { Gig } from "@/lib/api/types";
import { formatDelivery, formatPrice, formatRevisions } from "@/lib/gigs/format";

import { OrderGigButton, type OrderAbility } from "./order-gig-button";

const SECONDARY_LINK =
  "flex min-h-11 w-full items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100";

/** Price, delivery time and what this visitor can do next: order and message, or manage. */
export function PurchaseBox({ gig, ability }: { gig: Gig; ability: OrderAbility }) {
  return (
    <section
      aria-labelledby="purchase-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="purchase-heading" className="sr-only">
        Price and ordering
      </h2>
      <div className="flex items-baseline justify-between gap-3">
        <p className="text-3xl font-bold tracking-tight text-slate-900">{formatPrice(gig.price)}</p>
        <p className="text-sm font-medium text-slate-600">{formatDelivery(gig.delivery_days)}</p>
      </div>
      <p className="text-sm text-slate-600">{formatRevisions(gig.revisions_included)}</p>
      <p className="text-sm text-slate-600">
        Pay the freelancer directly by bank or mobile-wallet transfer once you have ordered.
      </p>
      {/* The fields the summary shows, not the gig: a Client Component's props travel in the
          page's payload, and the description and the seller are on the page already. */}
      <OrderGigButton
        gig={{
          id: gig.id,
          title: gig.title,
          price: gig.price,
          delivery_days: gig.delivery_days,
          revisions_included: gig.revisions_included,
        }}
        ability={ability}
      />
      {ability === "owner" ? (
        <>
          <Link href={`/gigs/${gig.id}/edit`} className={SECONDARY_LINK}>
            Edit gig
          </Link>
          <Link
            href="/dashboard/gigs"
            className="block text-center text-sm font-medium text-brand-700 hover:underline"
          >
            Manage your gigs
          </Link>
        </>
      ) : (
        <Link href={`/messages/${gig.freelancer_id}`} className={SECONDARY_LINK}>
          Message <bdi>{gig.freelancer.full_name}</bdi>
        </Link>
      )}
    </section>
  );
}
