"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { SelectField } from "@/components/ui/select-field";
import { DEFAULT_ORDER_FILTERS, parseOrderFilters } from "@/lib/admin/filters";
import type { OrderListItem } from "@/lib/api/types";
import { ORDER_STATUSES, STATUS_LABEL } from "@/lib/orders/statuses";
import { adminQueries } from "@/queries/admin";

import { Announcement } from "../_components/announcement";
import { OverrideOrderDialog } from "../_components/override-order-dialog";
import { PagedList } from "../_components/paged-list";
import { useUrlFilters } from "../_components/use-url-filters";
import { OrdersTable } from "./orders-table";

const STATUS_OPTIONS = [
  { value: "all", label: "All statuses" },
  ...ORDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] })),
];

export function OrdersView() {
  const [filters, setFilters] = useUrlFilters(parseOrderFilters, DEFAULT_ORDER_FILTERS);
  const query = useInfiniteQuery(adminQueries.orders(filters));
  const [target, setTarget] = useState<OrderListItem | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:max-w-xs">
        <SelectField
          label="Status"
          options={STATUS_OPTIONS}
          value={filters.status}
          onChange={(event) => {
            setFilters(parseOrderFilters({ status: event.target.value }));
          }}
        />
      </div>
      <Announcement message={announcement} />
      <PagedList
        query={query}
        noun={{ one: "order", many: "orders" }}
        empty={
          filters.status === "all" ? (
            <p>No orders yet.</p>
          ) : (
            <p>No orders are “{STATUS_LABEL[filters.status]}”. Pick another status.</p>
          )
        }
      >
        {(orders) => <OrdersTable orders={orders} onOverride={setTarget} />}
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
