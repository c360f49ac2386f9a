import Link from "next/link";

import type { Category } from "@/lib/api/types";
import { gigSearchHref, withChanges, type GigSearch } from "@/lib/gigs/search-params";

/** The top category a slug belongs to (itself, or its parent), if the slug is in the tree. */
export function categoryPath(
  tree: readonly Category[],
  slug: string | null,
): { top: Category; leaf: Category | null } | null {
  if (slug === null) return null;
  for (const top of tree) {
    if (top.slug === slug) return { top, leaf: null };
    const leaf = top.children.find((child) => child.slug === slug);
    if (leaf) return { top, leaf };
  }
  return null;
}

function chip(current: boolean): string {
  return `inline-flex min-h-10 items-center gap-1.5 whitespace-nowrap rounded-full border px-3.5 text-sm font-medium ${
    current
      ? "border-brand-600 bg-brand-50 text-brand-800"
      : "border-slate-300 bg-white text-slate-700 hover:border-slate-400"
  }`;
}

function Count({ n }: { n: number }) {
  return <span className="text-xs font-normal text-slate-500">{n}</span>;
}

/**
 * Browse by category: the top categories, and the chosen one's subcategories. Plain links (each a
 * page of its own a search engine can index), keeping the words and filters already chosen.
 */
export function CategoryNav({ tree, search }: { tree: readonly Category[]; search: GigSearch }) {
  const path = categoryPath(tree, search.category);
  const href = (category: string | null) => gigSearchHref(withChanges(search, { category }));
  return (
    <nav aria-label="Categories" className="space-y-2">
      <ul className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
        <li>
          <Link href={href(null)} aria-current={path ? undefined : "page"} className={chip(!path)}>
            All categories
          </Link>
        </li>
        {tree.map((top) => {
          const current = path?.top.slug === top.slug && path.leaf === null;
          return (
            <li key={top.slug}>
              <Link
                href={href(top.slug)}
                aria-current={current ? "page" : undefined}
                className={chip(current)}
              >
                {top.name} <Count n={top.gig_count} />
              </Link>
            </li>
          );
        })}
      </ul>
      {path ? (
        <ul
          aria-label={`${path.top.name} categories`}
          className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1"
        >
          {path.top.children.map((leaf) => {
            const current = path.leaf?.slug === leaf.slug;
            return (
              <li key={leaf.slug}>
                <Link
                  href={href(leaf.slug)}
                  aria-current={current ? "page" : undefined}
                  className={chip(current)}
                >
                  {leaf.name} <Count n={leaf.gig_count} />
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </nav>
  );
}
