import { dehydrate, HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FavoriteButton } from "@/components/gigs/favorite-button";
import { GigRating } from "@/components/gigs/gig-rating";
import { GigTags } from "@/components/gigs/gig-tags";
import { SuspensionNotice } from "@/components/gigs/suspension-notice";
import { ReviewFeed } from "@/components/reviews/review-feed";
import { Badge } from "@/components/ui/badge";
import type { Gig } from "@/lib/api/types";
import { loadOptionalSession, requestApi, type SignedInSession } from "@/lib/auth/current-user";
import { loadGig } from "@/lib/gigs/load-gig";
import { SAVE_ON_ARRIVAL_PARAM } from "@/lib/navigation";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { favoriteTargetOf } from "@/queries/favorites";
import { reviewQueries } from "@/queries/reviews";

import { FreelancerCard } from "./freelancer-card";
import { GigGallery } from "./gig-gallery";
import type { OrderAbility } from "./order-gig-button";
import { PurchaseBox } from "./purchase-box";

interface GigPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: GigPageProps): Promise<Metadata> {
  // notFound() here as well: crawlers get metadata before any HTML, so they see a real 404 status.
  const gig = await loadGig((await params).id);
  if (!gig) notFound();
  return { title: gig.title };
}

function abilityOf(gig: Gig, session: SignedInSession | null): OrderAbility {
  if (!session) return "signed-out";
  if (session.user.id === gig.freelancer_id) return "owner";
  if (!gig.is_active) return "inactive";
  return gig.accepts_orders ? "can-order" : "cannot-be-paid";
}

/** The seller, and the first reviews into the request's query client (the feed needs them). */
async function loadFreelancerAndReviews(gig: Gig, queryClient: QueryClient) {
  const api = await requestApi();
  const [freelancer] = await Promise.all([
    api.GET("/users/{user_id}", { params: { path: { user_id: gig.freelancer_id } } }),
    queryClient.infiniteQuery(reviewQueries.byGig(gig.id, api)),
  ]);
  if (!freelancer.data) throw new Error(`Could not load gig ${gig.id}'s freelancer`);
  return freelancer.data;
}

/** One gig: what it is, who sells it, what clients said, and the way to order it. */
export default async function GigPage({ params, searchParams }: GigPageProps) {
  const gig = await loadGig((await params).id);
  if (!gig) notFound();
  const queryClient = getServerQueryClient();
  const [session, freelancer] = await Promise.all([
    loadOptionalSession(),
    loadFreelancerAndReviews(gig, queryClient),
  ]);
  const ability = abilityOf(gig, session);
  // Back from signing in after pressing the heart: the button saves the gig once it is mounted.
  const saveOnArrival = (await searchParams)[SAVE_ON_ARRIVAL_PARAM] === "1";

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <p className="flex flex-wrap gap-x-3 text-sm font-medium">
        <Link href="/gigs" className="text-brand-700 hover:underline">
          <span aria-hidden="true">← </span>All gigs
        </Link>
        <Link href={`/gigs?category=${gig.category}`} className="text-brand-700 hover:underline">
          More in this category
        </Link>
      </p>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <header className="lg:col-start-1">
          {gig.is_active ? null : (
            <div className="mb-3 flex flex-wrap items-center gap-2">
              <Badge tone="attention">Inactive</Badge>
              <span className="text-sm text-slate-600">
                Hidden from the marketplace; only its owner and admins can see it.
              </span>
            </div>
          )}
          {/* The API sends the reason to the owner and admins only; the notice speaks to the owner. */}
          {ability === "owner" ? (
            <div className="mb-3">
              <SuspensionNotice gig={gig} />
            </div>
          ) : null}
          <div className="flex items-start justify-between gap-3">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900">
              <bdi>{gig.title}</bdi>
            </h1>
            <FavoriteButton gig={favoriteTargetOf(gig)} saveOnArrival={saveOnArrival} />
          </div>
          <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-600">
            <Link href={`/users/${gig.freelancer_id}`} className="font-medium hover:underline">
              <bdi>{gig.freelancer.full_name}</bdi>
            </Link>
            <GigRating ratingAvg={gig.rating_avg} ratingCount={gig.rating_count} />
          </p>
          {gig.tags.length > 0 ? <GigTags tags={gig.tags} className="mt-4" /> : null}
        </header>
        <aside className="space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <PurchaseBox gig={gig} ability={ability} />
          <FreelancerCard freelancer={freelancer} />
        </aside>
        <div className="space-y-10 lg:col-start-1">
          {gig.images.length > 0 ? <GigGallery images={gig.images} title={gig.title} /> : null}
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-semibold">
              About this gig
            </h2>
            <p className="mt-3 whitespace-pre-line break-words leading-relaxed text-slate-700">
              {gig.description}
            </p>
          </section>
          <section aria-labelledby="reviews-heading">
            <h2 id="reviews-heading" className="text-xl font-semibold">
              Reviews
            </h2>
            <HydrationBoundary state={dehydrate(queryClient)}>
              <ReviewFeed source={{ gigId: gig.id }} emptyText="No reviews of this gig yet." />
            </HydrationBoundary>
          </section>
        </div>
      </div>
    </div>
  );
}
