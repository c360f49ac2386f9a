"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { SelectField } from "@/components/ui/select-field";
import {
  BAN_FILTERS,
  DEFAULT_USER_FILTERS,
  parseUserFilters,
  type BanFilter,
} from "@/lib/admin/filters";
import type { AdminUser } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";
import { userQueries } from "@/queries/users";

import { Announcement } from "../_components/announcement";
import { PagedList } from "../_components/paged-list";
import { SearchForm } from "../_components/search-form";
import { useUrlFilters } from "../_components/use-url-filters";
import { BanUserDialog } from "./ban-user-dialog";
import { UnbanUserDialog } from "./unban-user-dialog";
import { UsersTable } from "./users-table";

const BAN_FILTER_LABELS: Record<BanFilter, string> = {
  all: "Everyone",
  active: "Active only",
  banned: "Banned only",
};
const BAN_FILTER_OPTIONS = BAN_FILTERS.map((value) => ({ value, label: BAN_FILTER_LABELS[value] }));

/** Which dialog is open, for whom. */
type Pending = { kind: "ban" | "unban"; user: AdminUser } | null;

export function UsersView() {
  const [filters, setFilters] = useUrlFilters(parseUserFilters, DEFAULT_USER_FILTERS);
  const query = useInfiniteQuery(adminQueries.users(filters));
  const { data: me } = useQuery(userQueries.me());
  const [pending, setPending] = useState<Pending>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  function done(message: string) {
    setPending(null);
    setAnnouncement(message);
  }

  const hasFilters = filters.q !== "" || filters.banned !== "all";

  return (
    <div className="space-y-4">
      <SearchForm
        label="Search users"
        placeholder="Name or email"
        query={filters.q}
        onSearch={(q) => {
          setFilters({ ...filters, q });
        }}
      >
        <div className="sm:w-44">
          <SelectField
            label="Status"
            options={BAN_FILTER_OPTIONS}
            value={filters.banned}
            onChange={(event) => {
              setFilters({
                ...filters,
                banned: parseUserFilters({ banned: event.target.value }).banned,
              });
            }}
          />
        </div>
      </SearchForm>
      <Announcement message={announcement} />
      <PagedList
        query={query}
        noun={{ one: "user", many: "users" }}
        empty={
          hasFilters ? (
            <p>No users match these filters. Try another name or email, or show everyone.</p>
          ) : (
            <p>No users yet.</p>
          )
        }
      >
        {(users) => (
          <UsersTable
            users={users}
            currentUserId={me?.id}
            onBan={(user) => {
              setPending({ kind: "ban", user });
            }}
            onUnban={(user) => {
              setPending({ kind: "unban", user });
            }}
          />
        )}
      </PagedList>
      <BanUserDialog
        user={pending?.kind === "ban" ? pending.user : null}
        onClose={() => {
          setPending(null);
        }}
        onDone={done}
      />
      <UnbanUserDialog
        user={pending?.kind === "unban" ? pending.user : null}
        onClose={() => {
          setPending(null);
        }}
        onDone={done}
      />
    </div>
  );
}
