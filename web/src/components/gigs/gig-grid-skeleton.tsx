import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder cards in the same grid as GigGrid, so nothing jumps when the real ones arrive. */
export function GigGridSkeleton({ count }: { count: number }) {
  return (
    <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="rounded-lg border border-slate-200 bg-white p-5">
          <Skeleton className="-mx-5 -mt-5 mb-4 aspect-[16/10] rounded-b-none rounded-t-lg" />
          <div className="flex items-center gap-2">
            <Skeleton className="size-8 rounded-full" />
            <Skeleton className="h-4 w-28" />
          </div>
          <Skeleton className="mt-4 h-5 w-11/12" />
          <Skeleton className="mt-2 h-4 w-full" />
          <Skeleton className="mt-1 h-4 w-2/3" />
          <div className="mt-6 flex items-end justify-between">
            <Skeleton className="h-5 w-14" />
            <Skeleton className="h-6 w-20" />
          </div>
        </li>
      ))}
    </ul>
  );
}
