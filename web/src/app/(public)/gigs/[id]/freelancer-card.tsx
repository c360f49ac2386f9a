import Link from "next/link";

import { GigRating } from "@/components/gigs/gig-rating";
import { Avatar } from "@/components/ui/avatar";
import { DateTime } from "@/components/ui/date-time";
import type { PublicUser } from "@/lib/api/types";
import { LinkifiedText } from "@/components/ui/linkified-text";
import { SellerStats } from "@/components/users/seller-stats";

/** Who sells this gig, with the way to their full profile. */
export function FreelancerCard({ freelancer }: { freelancer: PublicUser }) {
  return (
    <section
      aria-labelledby="freelancer-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="freelancer-heading" className="text-sm font-semibold text-slate-500">
        About the freelancer
      </h2>
      <div className="mt-3 flex items-center gap-3">
        <Avatar name={freelancer.full_name} url={freelancer.avatar_url} size="md" />
        <div className="min-w-0">
          <Link
            href={`/users/${freelancer.id}`}
            className="block truncate font-semibold text-slate-900 hover:underline"
          >
            <bdi>{freelancer.full_name}</bdi>
          </Link>
          <GigRating ratingAvg={freelancer.rating_avg} ratingCount={freelancer.rating_count} />
        </div>
      </div>
      {freelancer.bio ? (
        <p className="mt-3 line-clamp-4 whitespace-pre-line text-sm text-slate-600">
          <LinkifiedText text={freelancer.bio} />
        </p>
      ) : null}
      <SellerStats user={freelancer} className="mt-4 sm:grid-cols-2" />
      <p className="mt-3 text-xs text-slate-500">
        Member since <DateTime iso={freelancer.created_at} format="date" />
      </p>
    </section>
  );
}
