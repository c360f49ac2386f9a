import Link from "next/link";

import { requestApi } from "@/lib/auth/current-user";

/** Browse by category from the home page: each subcategory with how many gigs it holds. */
export async function HomeCategories() {
  const api = await requestApi();
  const { data: tree } = await api.GET("/categories");
  if (!tree || tree.length === 0) return null; // the rest of the page does not depend on it
  return (
    <section
      aria-labelledby="categories-heading"
      className="mx-auto w-full max-w-6xl px-4 pt-16 sm:px-6"
    >
      <h2 id="categories-heading" className="text-2xl font-bold tracking-tight">
        Browse by category
      </h2>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {tree.map((top) => (
          <div key={top.slug} className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="text-lg font-semibold">
              <Link href={`/gigs?category=${top.slug}`} className="hover:underline">
                {top.name}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-slate-600">{top.description}</p>
            <ul className="mt-4 flex flex-wrap gap-2">
              {top.children.map((leaf) => (
                <li key={leaf.slug}>
                  <Link
                    href={`/gigs?category=${leaf.slug}`}
                    className="inline-flex min-h-10 items-center gap-1.5 rounded-full border border-slate-300 px-3.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-800"
                  >
                    {leaf.name}{" "}
                    <span className="text-xs font-normal text-slate-500">{leaf.gig_count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
