import Link from "next/link";

import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import type { Gig } from "@/lib/api/types";
import { formatDelivery, formatPrice } from "@/lib/gigs/format";
import { favoriteTargetOf } from "@/queries/favorites";

import { FavoriteButton } from "./favorite-button";
import { GigCover } from "./gig-cover";
import { GigRating } from "./gig-rating";
import { GigTags } from "./gig-tags";

/**
 * One gig in a grid. The title link stretches over the whole card, so the card is one click
 * target and one tab stop; besides the heart that saves it, everything else in it is plain text.
 */
export function GigCard({
  gig,
  showFreelancer = true,
  coverPriority = false,
}: {
  gig: Gig;
  showFreelancer?: boolean;
  /** The first card at the top of a page: its cover is what the visitor sees first. */
  coverPriority?: boolean;
}) {
  const titleId = `gig-${gig.id}-title`;
  return (
    <article
      aria-labelledby={titleId}
      className="relative flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-600 has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-brand-600"
    >
      <GigCover gig={gig} priority={coverPriority} className="-mx-5 -mt-5 mb-4 rounded-t-lg" />
      {/* Over the cover and above the title link's stretched target, so it is its own click. */}
      <FavoriteButton gig={favoriteTargetOf(gig)} className="absolute right-3 top-3 z-10" />
      {showFreelancer || !gig.is_active ? (
        <div className="mb-3 flex items-center gap-2 text-sm text-slate-600">
          {showFreelancer ? (
            <>
              <Avatar name={gig.freelancer.full_name} url={gig.freelancer.avatar_url} size="sm" />
              <span className="truncate font-medium text-slate-700">
                <bdi>{gig.freelancer.full_name}</bdi>
              </span>
            </>
          ) : null}
          {gig.is_active ? null : (
            <span className="ml-auto">
              <Badge tone="attention">Inactive</Badge>
            </span>
          )}
        </div>
      ) : null}
      <h3 id={titleId} className=" text-base font-semibold leading-snug text-slate-900">
        <Link
          href={`/gigs/${gig.id}`}
          className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
        >
          <bdi>{gig.title}</bdi>
        </Link>
      </h3>
      <p className="mt-2 line-clamp-2 text-sm text-slate-600">{gig.description}</p>
      {gig.tags.length > 0 ? <GigTags tags={gig.tags.slice(0, 3)} className="mt-3" /> : null}
      <div className="mt-auto flex items-end justify-between gap-4 pt-4">
        <div className="space-y-0.5">
          <GigRating ratingAvg={gig.rating_avg} ratingCount={gig.rating_count} />
          {gig.completed_orders > 0 ? (
            <p className="text-xs text-slate-500">
              {gig.completed_orders === 1 ? "1 order" : `${gig.completed_orders} orders`} completed
            </p>
          ) : null}
        </div>
        <p className="text-right">
          <span className="block text-xs text-slate-500">{formatDelivery(gig.delivery_days)}</span>
          <span className="block text-lg font-bold text-slate-900">{formatPrice(gig.price)}</span>
        </p>
      </div>
    </article>
  );
}

/**
 * The grid the cards sit in: one column on a phone, up to three on a wide screen. `priorityFirst`
 * when the grid opens the page (the listing), so the first cover is fetched at once, not lazily.
 */
export function GigGrid({
  gigs,
  showFreelancer,
  priorityFirst = false,
}: {
  gigs: Gig[];
  showFreelancer?: boolean;
  priorityFirst?: boolean;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {gigs.map((gig, index) => (
        // Cards off screen are neither laid out nor painted until they come near it: a phone's
        // first frame draws two cards, not twenty. A height stands in until then (`auto`: the last
        // one drawn), so the scrollbar barely moves; no width ("none"), or a phone's one-column
        // grid would widen to it. This also contains the card's painting: the 4 px of padding,
        // taken back by the margin, keep its focus ring and shadow visible.
        <li
          key={gig.id}
          className="-m-1 p-1 [contain-intrinsic-size:none_auto_30rem] [content-visibility:auto]"
        >
          <GigCard
            gig={gig}
            showFreelancer={showFreelancer}
            coverPriority={priorityFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
