"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Tabs } from "@/components/ui/tabs";
import { DEFAULT_DISPUTE_FILTERS, parseDisputeFilters } from "@/lib/admin/filters";
import type { OverrideStatus } from "@/lib/admin/schemas";
import type { DisputeStatus, OrderListItem } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { Announcement } from "../_components/announcement";
import { OverrideOrderDialog } from "../_components/override-order-dialog";
import { PagedList } from "../_components/paged-list";
import { useUrlFilters } from "../_components/use-url-filters";
import { DisputeCard } from "./dispute-card";

const TABS = [
  { value: "OPEN", label: "Open" },
  { value: "RESOLVED", label: "Resolved" },
] as const satisfies readonly { value: DisputeStatus; label: string }[];

interface Resolution {
  order: OrderListItem;
  status: OverrideStatus;
}

export function DisputesView() {
  const [filters, setFilters] = useUrlFilters(parseDisputeFilters, DEFAULT_DISPUTE_FILTERS);
  const query = useInfiniteQuery(adminQueries.disputes(filters));
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <Announcement message={announcement} />
      <Tabs
        label="Dispute status"
        tabs={TABS}
        value={filters.status}
        onChange={(status) => {
          setFilters({ status });
        }}
      >
        <PagedList
          query={query}
          noun={{ one: "dispute", many: "disputes" }}
          empty={
            filters.status === "OPEN" ? (
              <p>No open disputes. Nothing needs an admin right now.</p>
            ) : (
              <p>No resolved disputes yet.</p>
            )
          }
        >
          {(disputes) => (
            <ul className="space-y-4">
              {disputes.map((dispute) => (
                <li key={dispute.id}>
                  <DisputeCard
                    dispute={dispute}
                    onResolve={(status) => {
                      setResolution({ order: dispute.order, status });
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </Tabs>
      <OverrideOrderDialog
        order={resolution?.order ?? null}
        fixedStatus={resolution?.status}
        onClose={() => {
          setResolution(null);
        }}
        onDone={(message) => {
          setResolution(null);
          setAnnouncement(`${message} The dispute is resolved.`);
        }}
      />
    </div>
  );
}
