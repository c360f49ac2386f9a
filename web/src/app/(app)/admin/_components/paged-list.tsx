"use client";

import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";

export interface Noun {
  one: string;
  many: string;
}

interface PagedListProps<Item> {
  query: UseInfiniteQueryResult<InfiniteData<{ items: Item[] }>>;
  noun: Noun;
  /** Shown when the first page is empty (say whether filters are the reason). */
  empty: ReactNode;
  /** Renders the rows loaded so far. */
  children: (items: Item[]) => ReactNode;
}

function countOf(count: number, noun: Noun): string {
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/**
 * The states every admin list goes through — loading, failed, empty, rows — and cursor
 * pagination ("Load more"). One status line, always in the page, announces what is shown.
 */
export function PagedList<Item>({ query, noun, empty, children }: PagedListProps<Item>) {
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const isRefreshing = query.isPlaceholderData || (query.isRefetching && !query.isFetchingNextPage);

  let status: string;
  if (query.isPending) status = `Loading ${noun.many}…`;
  else if (query.isError && items.length === 0) status = "";
  else if (query.isPlaceholderData) status = `Loading ${noun.many}…`;
  else if (items.length === 0) status = `No ${noun.many} to show.`;
  else if (query.hasNextPage) status = `Showing the first ${countOf(items.length, noun)}.`;
  else status = `Showing all ${countOf(items.length, noun)}.`;

  return (
    <div className="space-y-4">
      {query.isPending ? (
        <ListSkeleton />
      ) : query.isError && items.length === 0 ? (
        <LoadError noun={noun} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
          {empty}
        </div>
      ) : (
        // Dimmed while new filters load, so the old rows are not mistaken for the answer.
        <div
          aria-busy={isRefreshing || undefined}
          className={query.isPlaceholderData ? "opacity-60" : ""}
        >
          {children(items)}
        </div>
      )}
      <div className="flex flex-col items-start gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p role="status" className="text-sm text-slate-600">
          {status}
        </p>
        {query.hasNextPage && !query.isPlaceholderData ? (
          <Button
            variant="secondary"
            isLoading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Load more {noun.many}
          </Button>
        ) : null}
      </div>
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          We could not load more {noun.many}. Try again.
        </p>
      ) : null}
    </div>
  );
}

function ListSkeleton() {
  return (
    <div aria-hidden="true" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex items-center gap-4">
          <Skeleton className="h-4 w-1/4" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-4 w-1/6" />
          <Skeleton className="ml-auto h-8 w-20" />
        </div>
      ))}
    </div>
  );
}

function LoadError({ noun, onRetry }: { noun: Noun; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-6 py-5 text-sm text-red-800 sm:flex-row sm:items-center sm:justify-between"
    >
      <p>We could not load the {noun.many}. It may be a temporary problem on our side.</p>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
