"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import { SelectField } from "@/components/ui/select-field";
import {
  DEFAULT_DEADLINE_FILTERS,
  parseDeadlineFilters,
  type DeadlineWindow,
} from "@/lib/admin/filters";
import { adminQueries } from "@/queries/admin";

import { PagedList } from "../../_components/paged-list";
import { useOverrideDialog } from "../../_components/use-override-dialog";
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
  const override = useOverrideDialog();

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
      {override.view}
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
        {(orders) => <DeadlinesTable orders={orders} onOverride={override.open} />}
      </PagedList>
    </div>
  );
}
