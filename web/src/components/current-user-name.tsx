"use client";

import { useQuery } from "@tanstack/react-query";

import { userQueries } from "@/queries/users";

/** Reads "me" from the cache the layout hydrated, so a saved profile renames the header at once. */
export function CurrentUserName({ fallback }: { fallback: string }) {
  const { data } = useQuery(userQueries.me());
  return <>{data?.full_name ?? fallback}</>;
}
