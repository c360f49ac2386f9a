"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { showToast } from "@/components/ui/toast-store";
import { DEFAULT_GIG_FILTERS, parseGigFilters } from "@/lib/admin/filters";
import type { Gig } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { PagedList } from "../_components/paged-list";
import { SearchForm } from "../_components/search-form";
import { useUrlFilters } from "../_components/use-url-filters";
import { GigsTable } from "./gigs-table";
import { ReactivateGigDialog } from "./reactivate-gig-dialog";
import { SuspendGigDialog } from "./suspend-gig-dialog";

export function GigsView() {
  const [filters, setFilters] = useUrlFilters(parseGigFilters, DEFAULT_GIG_FILTERS);
  const query = useInfiniteQuery(adminQueries.gigs(filters));
  const [toSuspend, setToSuspend] = useState<Gig | null>(null);
  const [toReactivate, setToReactivate] = useState<Gig | null>(null);

  /** The toast is a polite live region, so it also tells screen readers. */
  function done(message: string) {
    setToSuspend(null);
    setToReactivate(null);
    showToast({ title: message, tone: "success" });
  }

  return (
    <div className="space-y-4">
      <SearchForm
        label="Search gigs"
        placeholder="Title, description or skill"
        query={filters.q}
        onSearch={(q) => {
          setFilters({ q });
        }}
      />
      <PagedList
        query={query}
        noun={{ one: "gig", many: "gigs" }}
        empty={
          filters.q ? (
            <p>No gigs match “{filters.q}”. Try other words.</p>
          ) : (
            <p>No gigs on the marketplace yet.</p>
          )
        }
      >
        {(gigs) => (
          <GigsTable gigs={gigs} onSuspend={setToSuspend} onReactivate={setToReactivate} />
        )}
      </PagedList>
      <SuspendGigDialog
        gig={toSuspend}
        onClose={() => {
          setToSuspend(null);
        }}
        onDone={(gig) => {
          done(`“${gig.title}” is suspended.`);
        }}
      />
      <ReactivateGigDialog
        gig={toReactivate}
        onClose={() => {
          setToReactivate(null);
        }}
        onDone={(gig) => {
          done(`“${gig.title}” is reactivated.`);
        }}
      />
    </div>
  );
}
