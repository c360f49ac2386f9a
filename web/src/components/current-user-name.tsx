"use client";

import { useQuery } from "@tanstack/react-query";

import { userQueries } from "@/queries/users";

import { initialsOf } from "./ui/avatar";

/**
 * The signed-in person's name: in full from `sm` up, as initials on a phone (the full name stays
 * available to screen readers). Reads "me" from the cache the layout hydrated, so saving the
 * profile renames the header at once.
 */
export function CurrentUserName({ fallback }: { fallback: string }) {
  const { data } = useQuery(userQueries.me());
  const name = data?.full_name ?? fallback;
  return (
    <span className="flex items-center gap-2">
      <span
        aria-hidden="true"
        className="grid size-9 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800 sm:hidden"
      >
        {initialsOf(name)}
      </span>
      <span className="sr-only text-sm font-medium text-slate-700 sm:not-sr-only sm:block sm:max-w-48 sm:truncate">
        <bdi>{name}</bdi>
      </span>
    </span>
  );
}
