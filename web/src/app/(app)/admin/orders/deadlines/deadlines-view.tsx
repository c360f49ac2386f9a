"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { SelectField } from "@/components/ui/select-field";
import {
  DEFAULT_DEADLINE_FILTERS,
  parseDeadlineFilters,
  type DeadlineWindow,
} from "@/lib/admin/filters";
import type { OrderListItem } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { Announcement } from "../../_components/announcement";
import { OverrideOrderDialog } from "../../_components/override-order-dialog";
import { PagedList } from "../../_components/paged-list";
import { useUrlFilters } from "../../_components/use-url-filters";
import { DeadlinesTable } from "./deadlines-table";

const WINDOW_LABEL: Record<DeadlineWindow, string> = {
  "6": "the next 6 hours",
  "24": "the next 24 hours",
  "72": "the next 3 days",
  "168": "the next 7 days",
};

const WINDOW_OPTIONS = Object.entries(WINDOW_LABEL).map(([value, label]) => ({
  value,
  label: `Within ${label}`,
}));

export function DeadlinesView() {
  const [filters, setFilters] = useUrlFilters(parseDeadlineFilters, DEFAULT_DEADLINE_FILTERS);
  const query = useInfiniteQuery(adminQueries.orderDeadlines(filters));
  const [target, setTarget] = useState<OrderListItem | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <div className="sm:w-64">
        <SelectField
          label="Deadline"
          options={WINDOW_OPTIONS}
          value={filters.within}
          onChange={(event) => {
            setFilters(parseDeadlineFilters({ within: event.target.value }));
          }}
        />
      </div>
      <Announcement message={announcement} />
      <PagedList
        query={query}
        noun={{ one: "order", many: "orders" }}
        empty={
          <p>
            No order reaches a deadline within {WINDOW_LABEL[filters.within]}. Unpaid orders and
            unanswered deliveries appear here as their time runs out.
          </p>
        }
      >
        {(orders) => <DeadlinesTable orders={orders} onOverride={setTarget} />}
      </PagedList>
      <OverrideOrderDialog
        order={target}
        onClose={() => {
          setTarget(null);
        }}
        onDone={(message) => {
          setTarget(null);
          setAnnouncement(message);
        }}
      />
    </div>
  );
}
