import Link from "next/link";

import { GIGS_PATH } from "@/lib/gigs/search-params";

/** Nobody arrives here knowing what the heart does: say it, and offer the way to the gigs. */
export function SavedGigsEmpty() {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-semibold text-slate-900">You have not saved any gigs yet.</p>
      <p className="mt-2 text-slate-600">
        Press the heart on a gig to keep it here while you compare freelancers.
      </p>
      <p className="mt-6">
        <Link
          href={GIGS_PATH}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Browse gigs
        </Link>
      </p>
    </div>
  );
}
