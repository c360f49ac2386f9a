import Link from "next/link";

import { orderListHref, ROLE_TABS, type OrderListFilters } from "@/lib/orders/list-filters";

/**
 * Buying / Selling. They are links (each tab is its own URL), so they are a navigation with the
 * current one marked, rather than an ARIA tablist.
 */
export function RoleTabs({ filters }: { filters: OrderListFilters }) {
  return (
    <nav aria-label="Buying or selling">
      <ul className="inline-flex rounded-lg border border-slate-200 bg-white p-1">
        {ROLE_TABS.map((tab) => {
          const current = tab.role === filters.role;
          return (
            <li key={tab.role}>
              <Link
                href={orderListHref({ ...filters, role: tab.role })}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-4 py-2 text-sm font-semibold ${
                  current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
