import Link from "next/link";

import { GigGrid } from "@/components/gigs/gig-card";
import { requestApi } from "@/lib/auth/current-user";
import { GIGS_PATH } from "@/lib/gigs/search-params";

const NEWEST_COUNT = 3;

/**
 * The newest gigs, rendered on the server. The landing page must render even when the listing
 * cannot be read, so a failed request reads as "nothing to show yet" rather than an error page.
 */
export async function NewestGigs() {
  const api = await requestApi();
  const { data } = await api.GET("/gigs", { params: { query: { limit: NEWEST_COUNT } } });
  const gigs = data?.items ?? [];
  return (
    <section aria-labelledby="newest-gigs" className="mx-auto w-full max-w-6xl px-4 pt-16 sm:px-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="newest-gigs" className="text-2xl font-bold tracking-tight">
          Newest gigs
        </h2>
        {gigs.length > 0 ? (
          <Link
            href={GIGS_PATH}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline"
          >
            See all gigs <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </div>
      <div className="mt-6">
        {gigs.length > 0 ? (
          <GigGrid gigs={gigs} />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
            No gigs yet. Freelancers&apos; first gigs will show up here as soon as they publish
            them.
          </p>
        )}
      </div>
    </section>
  );
}
