import type { Metadata } from "next";
import Link from "next/link";

import { FormAlert } from "@/components/ui/form-alert";
import type { Category } from "@/lib/api/types";
import { requestApi } from "@/lib/auth/current-user";
import {
  gigListQuery,
  gigSearchHref,
  GIGS_PATH,
  parseGigSearch,
  withChanges,
  type GigSearch,
  type RawSearchParams,
} from "@/lib/gigs/search-params";

import { ActiveTags } from "./active-tags";
import { CategoryNav, categoryPath } from "./category-nav";
import { GigResults } from "./gig-results";
import { GigSearchForm } from "./gig-search-form";
import { PendingResults, SearchTransition } from "./search-transition";

interface GigsPageProps {
  searchParams: Promise<RawSearchParams>;
}

async function loadCategories(): Promise<Category[]> {
  const api = await requestApi();
  const { data } = await api.GET("/categories");
  return data ?? []; // the page still lists gigs without its navigation
}

/** Each category is a page of its own: its name in the title, its sentence as the description. */
export async function generateMetadata({ searchParams }: GigsPageProps): Promise<Metadata> {
  const search = parseGigSearch(await searchParams);
  const path = categoryPath(await loadCategories(), search.category);
  const place = path ? (path.leaf ?? path.top) : null;
  if (place && !search.q) {
    return { title: `${place.name} gigs`, description: place.description };
  }
  return { title: search.q ? `Gigs for “${search.q}”` : "Gigs" };
}

/** A refusal from the API (a filter it rejects) reads as one sentence. */
function refusalMessage(error: unknown): string {
  const detail =
    typeof error === "object" && error !== null && "detail" in error ? error.detail : null;
  return typeof detail === "string" ? detail : "These filters cannot be combined.";
}

async function loadFreelancerName(search: GigSearch): Promise<string | null> {
  if (!search.freelancerId) return null;
  const api = await requestApi();
  const { data } = await api.GET("/users/{user_id}", {
    params: { path: { user_id: search.freelancerId } },
  });
  return data?.full_name ?? null;
}

/**
 * The public marketplace. Everything it shows follows from the URL, rendered on the server with
 * the visitor's cookie (owners also see their own inactive gigs, marked as such).
 */
export default async function GigsPage({ searchParams }: GigsPageProps) {
  const search = parseGigSearch(await searchParams);
  const api = await requestApi();
  const [{ data: page, error, response }, freelancerName, tree] = await Promise.all([
    api.GET("/gigs", { params: { query: gigListQuery(search) } }),
    loadFreelancerName(search),
    loadCategories(),
  ]);
  const path = categoryPath(tree, search.category);
  const place = path ? (path.leaf ?? path.top) : null;
  if (!page && response.status !== 422) {
    throw new Error(`GET /gigs failed with status ${response.status}`);
  }

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      {path?.leaf ? (
        <p className="text-sm font-medium text-brand-700">
          <Link
            href={gigSearchHref(withChanges(search, { category: path.top.slug }))}
            className="hover:underline"
          >
            {path.top.name}
          </Link>
        </p>
      ) : null}
      <h1 className="text-3xl font-bold tracking-tight">
        {place ? `${place.name} gigs` : "Find a gig"}
      </h1>
      <p className="mt-2 text-slate-600">
        {place?.description ??
          "Fixed-price work from developers and designers, with the delivery time up front."}
      </p>
      {tree.length > 0 ? (
        <div className="mt-5">
          <CategoryNav tree={tree} search={search} />
        </div>
      ) : null}
      <SearchTransition>
        <div className="mt-6">
          <GigSearchForm key={gigSearchHref(search)} search={search} />
        </div>
        {search.tags.length > 0 ? <ActiveTags search={search} /> : null}
        {search.freelancerId ? (
          <p className="mt-4 text-sm text-slate-700">
            Showing gigs by{" "}
            <span className="font-semibold">{freelancerName ?? "one freelancer"}</span> ·{" "}
            <Link
              href={gigSearchHref(withChanges(search, { freelancerId: null }))}
              className="font-medium text-brand-700 hover:underline"
            >
              Show every freelancer
            </Link>
          </p>
        ) : null}
        <section aria-label="Results" className="mt-6">
          <PendingResults>
            {page ? (
              <GigResults search={search} page={page} />
            ) : (
              <div className="space-y-4">
                <FormAlert message={refusalMessage(error)} />
                <Link href={GIGS_PATH} className="font-medium text-brand-700 hover:underline">
                  Start a new search
                </Link>
              </div>
            )}
          </PendingResults>
        </section>
      </SearchTransition>
    </div>
  );
}
