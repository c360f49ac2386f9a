import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { GigGrid } from "@/components/gigs/gig-card";
import { GigRating } from "@/components/gigs/gig-rating";
import { SellerStats } from "@/components/users/seller-stats";
import { ReviewFeed } from "@/components/reviews/review-feed";
import { Avatar } from "@/components/ui/avatar";
import { DateTime } from "@/components/ui/date-time";
import { createServerApi } from "@/lib/api/server-client";
import { loadOptionalSession, requestApi } from "@/lib/auth/current-user";
import { gigSearchHref, parseGigSearch } from "@/lib/gigs/search-params";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { isUuid } from "@/lib/uuid";
import { reviewQueries } from "@/queries/reviews";
import { LinkifiedText } from "@/components/ui/linkified-text";

const PROFILE_GIGS = 12;

interface ProfilePageProps {
  params: Promise<{ id: string }>;
}

const loadProfile = cache(async (userId: string) => {
  if (!isUuid(userId)) return null;
  const { data, response } = await (
    await requestApi()
  ).GET("/users/{user_id}", { params: { path: { user_id: userId } } });
  if (response.status === 404) return null;
  if (!data) throw new Error(`GET /users/${userId} failed with status ${response.status}`);
  return data;
});

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  const profile = await loadProfile((await params).id);
  if (!profile) notFound();
  return { title: profile.full_name };
}

/**
 * A public profile: who they are, the gigs they sell and the reviews they received. The gigs are
 * read without the visitor's cookie, so everyone — the owner too — sees exactly the public list.
 */
export default async function ProfilePage({ params }: ProfilePageProps) {
  const profile = await loadProfile((await params).id);
  if (!profile) notFound();
  const queryClient = getServerQueryClient();
  const [session, gigs] = await Promise.all([
    loadOptionalSession(),
    createServerApi(null).GET("/gigs", {
      params: { query: { freelancer_id: profile.id, sort: "newest", limit: PROFILE_GIGS } },
    }),
    queryClient.infiniteQuery(reviewQueries.byUser(profile.id, await requestApi())),
  ]);
  if (!gigs.data) throw new Error(`Could not load ${profile.id}'s gigs`);
  const isSelf = session?.user.id === profile.id;
  const allGigsHref = gigSearchHref({
    ...parseGigSearch({}),
    freelancerId: profile.id,
  });

  return (
    <div className="mx-auto w-full max-w-6xl space-y-10 px-4 py-8 sm:px-6 sm:py-10">
      <header className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-6 sm:flex-row sm:items-start">
        <Avatar name={profile.full_name} url={profile.avatar_url} size="lg" />
        <div className="min-w-0 flex-1">
          <h1 className="text-3xl font-bold tracking-tight">
            <bdi>{profile.full_name}</bdi>
          </h1>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <GigRating ratingAvg={profile.rating_avg} ratingCount={profile.rating_count} />
            <span>
              Member since <DateTime iso={profile.created_at} format="date" />
            </span>
          </p>
          <SellerStats user={profile} className="mt-4 max-w-xl" />
          {profile.bio ? (
            <p className="mt-4 max-w-3xl whitespace-pre-line break-words text-slate-700">
              <bdi>
                <LinkifiedText text={profile.bio} />
              </bdi>
            </p>
          ) : null}
        </div>
        <Link
          href={isSelf ? "/settings/profile" : `/messages/${profile.id}`}
          className="inline-flex min-h-10 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
        >
          {isSelf ? "Edit your profile" : "Message"}
        </Link>
      </header>

      <section aria-labelledby="gigs-heading" className="space-y-4">
        <h2 id="gigs-heading" className="text-xl font-semibold">
          Gigs
        </h2>
        {gigs.data.items.length === 0 ? (
          <p className="text-slate-600">No active gigs right now.</p>
        ) : (
          <GigGrid gigs={gigs.data.items} showFreelancer={false} />
        )}
        {gigs.data.next_cursor ? (
          <Link
            href={allGigsHref}
            className="inline-block font-medium text-brand-700 hover:underline"
          >
            See all gigs by <bdi>{profile.full_name}</bdi>
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="reviews-heading" className="space-y-2">
        <h2 id="reviews-heading" className="text-xl font-semibold">
          Reviews received
        </h2>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ReviewFeed source={{ userId: profile.id }} emptyText="No reviews yet." />
        </HydrationBoundary>
      </section>
    </div>
  );
}
