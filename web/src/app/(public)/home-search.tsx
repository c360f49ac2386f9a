import Form from "next/form";

import { SEARCH_QUERY_MAX } from "@/lib/api/limits";
import { GIGS_PATH } from "@/lib/gigs/search-params";

/**
 * The landing page's way into /gigs: a GET form, so it works before JavaScript loads, and a
 * client-side navigation once it has (next/form). The words arrive as ?q=, ranked by relevance.
 */
export function HomeSearch() {
  return (
    <Form action={GIGS_PATH} role="search" aria-label="Find a gig" className="mt-10 max-w-2xl">
      <label htmlFor="home-search" className="block text-sm font-medium text-slate-800">
        Search gigs
      </label>
      <div className="mt-1.5 flex gap-2">
        <input
          id="home-search"
          name="q"
          type="search"
          enterKeyHint="search"
          maxLength={SEARCH_QUERY_MAX}
          placeholder="Logo, React app, API…"
          className="block min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Search
        </button>
      </div>
    </Form>
  );
}
