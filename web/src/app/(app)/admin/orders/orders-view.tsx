"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import { SelectField } from "@/components/ui/select-field";
import { DEFAULT_ORDER_FILTERS, parseOrderFilters, type OrderFilters } from "@/lib/admin/filters";
import { ORDER_STATUSES, STATUS_LABEL } from "@/lib/orders/statuses";
import { adminQueries } from "@/queries/admin";

import { PagedList } from "../_components/paged-list";
import { SearchForm } from "../_components/search-form";
import { useOverrideDialog } from "../_components/use-override-dialog";
import { useUrlFilters } from "../_components/use-url-filters";
import { OrdersTable } from "./orders-table";

const STATUS_OPTIONS = [
  { value: "all", label: "All statuses" },
  ...ORDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] })),
];

export function OrdersView() {
  const [filters, setFilters] = useUrlFilters(parseOrderFilters, DEFAULT_ORDER_FILTERS);
  const query = useInfiniteQuery(adminQueries.orders(filters));
  const override = useOverrideDialog();

  return (
    <div className="space-y-4">
      <SearchForm
        label="Search orders"
        placeholder="Reference code, or a client's or freelancer's name or email"
        query={filters.q}
        onSearch={(q) => {
          setFilters({ ...filters, q });
        }}
      >
        <div className="sm:w-52">
          <SelectField
            label="Status"
            options={STATUS_OPTIONS}
            value={filters.status}
            onChange={(event) => {
              setFilters({
                ...filters,
                status: parseOrderFilters({ status: event.target.value }).status,
              });
            }}
          />
        </div>
      </SearchForm>
      {override.view}
      <PagedList
        query={query}
        noun={{ one: "order", many: "orders" }}
        empty={<NoOrders filters={filters} />}
      >
        {(orders) => <OrdersTable orders={orders} onOverride={override.open} />}
      </PagedList>
    </div>
  );
}

/** Says which filter emptied the list, so the admin knows what to change. */
function NoOrders({ filters }: { filters: OrderFilters }) {
  if (filters.q !== "") {
    return (
      <p>
        No orders match this search
        {filters.status === "all" ? "" : ` among “${STATUS_LABEL[filters.status]}” orders`}. Check
        the reference code, or search by the client&apos;s or freelancer&apos;s name or email.
      </p>
    );
  }
  if (filters.status !== "all") {
    return <p>No orders are “{STATUS_LABEL[filters.status]}”. Pick another status.</p>;
  }
  return <p>No orders yet.</p>;
}
