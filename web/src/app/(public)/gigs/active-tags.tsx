import Link from "next/link";

import { gigSearchHref, withoutTag, type GigSearch } from "@/lib/gigs/search-params";

/** The skills the results must all have, each removable. */
export function ActiveTags({ search }: { search: GigSearch }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">With every skill:</span>
      {search.tags.map((tag) => (
        <Link
          key={tag}
          href={gigSearchHref(withoutTag(search, tag))}
          aria-label={`Remove the skill ${tag}`}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-brand-600 bg-brand-50 px-3 font-medium text-brand-800 hover:bg-brand-100"
        >
          {tag}
          <span aria-hidden="true">×</span>
        </Link>
      ))}
    </div>
  );
}
