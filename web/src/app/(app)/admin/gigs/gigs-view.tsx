"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { DEFAULT_GIG_FILTERS, parseGigFilters } from "@/lib/admin/filters";
import type { Gig } from "@/lib/api/types";
import { adminQueries, useDeactivateGig } from "@/queries/admin";

import { Announcement } from "../_components/announcement";
import { ConfirmDialog } from "../_components/confirm-dialog";
import { PagedList } from "../_components/paged-list";
import { SearchForm } from "../_components/search-form";
import { useUrlFilters } from "../_components/use-url-filters";
import { GigsTable } from "./gigs-table";

export function GigsView() {
  const [filters, setFilters] = useUrlFilters(parseGigFilters, DEFAULT_GIG_FILTERS);
  const query = useInfiniteQuery({
    ...adminQueries.gigs(filters),
    placeholderData: keepPreviousData,
  });
  const deactivate = useDeactivateGig();
  const [target, setTarget] = useState<Gig | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

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
      <Announcement message={announcement} />
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
        {(gigs) => <GigsTable gigs={gigs} onDeactivate={setTarget} />}
      </PagedList>
      <ConfirmDialog
        open={target !== null}
        onClose={() => {
          setTarget(null);
        }}
        title={target ? `Deactivate “${target.title}”?` : "Deactivate gig"}
        confirmLabel="Deactivate gig"
        description={
          target ? (
            <p>
              It leaves the public list and cannot be ordered; orders already placed go on.{" "}
              {target.freelancer.full_name} can still see it. This step is kept in the audit log.
            </p>
          ) : null
        }
        onConfirm={async () => {
          if (!target) return;
          await deactivate.mutateAsync(target.id);
          setTarget(null);
          setAnnouncement(`“${target.title}” is deactivated.`);
        }}
      />
    </div>
  );
}
