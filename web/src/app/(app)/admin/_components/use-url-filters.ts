"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { filtersToSearch } from "@/lib/admin/filters";

/**
 * A table's filters, read from and written to the URL. Writing uses history.pushState, which
 * Next.js folds into its router (useSearchParams updates) without a server round trip: the
 * table's query fetches the new page itself, and Back restores the previous filters.
 */
export function useUrlFilters<Filters extends object>(
  parse: (params: URLSearchParams) => Filters,
  defaults: Filters,
): [Filters, (next: Filters) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const search = searchParams.toString();
  const filters = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  const setFilters = useCallback(
    (next: Filters) => {
      window.history.pushState(null, "", `${pathname}${filtersToSearch(next, defaults)}`);
    },
    [pathname, defaults],
  );
  return [filters, setFilters];
}
