"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { SelectField } from "@/components/ui/select-field";
import {
  orderListHref,
  STATUS_FILTER_OPTIONS,
  type OrderListFilters,
} from "@/lib/orders/list-filters";

import { OrderList } from "./order-list";
import { RoleTabs } from "./role-tabs";

/**
 * Tabs and filter live in the URL: changing them navigates, the server prefetches the new first
 * page, and the current list stays on screen (dimmed) until it arrives.
 */
export function OrdersBrowser({ filters }: { filters: OrderListFilters }) {
  const router = useRouter();
  const [isNavigating, startNavigation] = useTransition();

  function show(next: OrderListFilters) {
    startNavigation(() => {
      router.push(orderListHref(next), { scroll: false });
    });
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <RoleTabs filters={filters} />
        <div className="sm:w-64">
          <SelectField
            label="Show"
            options={STATUS_FILTER_OPTIONS}
            value={filters.status}
            onChange={(event) => {
              const status = STATUS_FILTER_OPTIONS.find(
                (option) => option.value === event.target.value,
              )?.value;
              if (status) show({ ...filters, status });
            }}
          />
        </div>
      </div>
      <p role="status" className="sr-only">
        {isNavigating ? "Loading orders…" : ""}
      </p>
      <div
        aria-busy={isNavigating || undefined}
        className={isNavigating ? "opacity-60" : undefined}
      >
        <OrderList key={orderListHref(filters)} filters={filters} />
      </div>
    </div>
  );
}
