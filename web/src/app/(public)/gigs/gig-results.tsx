import Link from "next/link";

import { GigGrid } from "@/components/gigs/gig-card";
import type { GigPage } from "@/lib/api/types";
import { formatGigCount } from "@/lib/gigs/format";
import {
  firstPageOf,
  gigSearchHref,
  GIGS_PAGE_SIZE,
  GIGS_PATH,
  hasFilters,
  nextPageOf,
  previousPageOf,
  withoutFilters,
  type GigSearch,
} from "@/lib/gigs/search-params";

import { PageLink } from "./page-link";

/** "12 gigs found", or on one of several pages "Page 2: gigs 21–40 of 1,000+". */
function resultSummary(search: GigSearch, page: GigPage): string {
  const count = page.items.length;
  const total = formatGigCount(page.total, page.total_is_capped);
  if (search.page === 1 && page.next_cursor === null) return `${total} found`;
  const first = (search.page - 1) * GIGS_PAGE_SIZE + 1;
  return `Page ${search.page}: gigs ${first}–${first + count - 1} of ${total.replace(/ gigs?$/, "")}`;
}

/** The cards of one page, what the page holds, and the way to the next one. */
export function GigResults({ search, page }: { search: GigSearch; page: GigPage }) {
  if (page.items.length === 0) return <NoGigs search={search} />;
  const previous = previousPageOf(search);
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-slate-600">
        {resultSummary(search, page)}
      </p>
      <GigGrid gigs={page.items} priorityFirst />
      <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3">
        {search.page > 1 ? (
          <div className="flex flex-wrap gap-3">
            <PageLink href={gigSearchHref(firstPageOf(search))}>
              <span aria-hidden="true">«</span> First page
            </PageLink>
            {previous ? (
              <PageLink href={gigSearchHref(previous)}>
                <span aria-hidden="true">←</span> Previous
              </PageLink>
            ) : null}
          </div>
        ) : (
          <span />
        )}
        {page.next_cursor ? (
          <PageLink href={gigSearchHref(nextPageOf(search, page.next_cursor))}>
            Next page <span aria-hidden="true">→</span>
          </PageLink>
        ) : null}
      </nav>
    </div>
  );
}

/** Nothing matched: say so, and offer the way out that fits what was asked. */
function NoGigs({ search }: { search: GigSearch }) {
  const filtered = hasFilters(search);
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      {/* A live region around the heading: arriving here after a search is announced. */}
      <div role="status">
        <h2 className="text-lg font-semibold text-slate-900">
          No gigs match {search.q ? `“${search.q}”` : "your search"}
        </h2>
      </div>
      <p className="mt-2 text-slate-600">
        {filtered
          ? "Try clearing the filters: a price range or delivery time may be ruling gigs out."
          : "Try fewer or different words, or browse every gig."}
      </p>
      <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
        {filtered ? (
          <Link
            href={gigSearchHref(withoutFilters(search))}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Clear filters
          </Link>
        ) : null}
        {search.q || search.page > 1 ? (
          <Link
            href={GIGS_PATH}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
          >
            Browse all gigs
          </Link>
        ) : null}
      </div>
    </div>
  );
}
