import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingGig() {
  return (
    <LoadingRegion what="the gig" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <Skeleton className="h-4 w-20" />
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <Skeleton className="h-9 w-full max-w-xl" />
          <Skeleton className="h-5 w-48" />
          <Skeleton className="mt-8 h-6 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </div>
        <div className="space-y-4">
          <Skeleton className="h-56 w-full rounded-xl" />
          <Skeleton className="h-40 w-full rounded-xl" />
        </div>
      </div>
    </LoadingRegion>
  );
}
