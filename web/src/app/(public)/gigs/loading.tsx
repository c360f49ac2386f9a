import { GigGridSkeleton } from "@/components/gigs/gig-grid-skeleton";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** Shown while /gigs renders on the server for the first time. */
export default function LoadingGigs() {
  return (
    <LoadingRegion what="gigs" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <Skeleton className="h-9 w-48" />
      <Skeleton className="mt-3 h-5 w-full max-w-md" />
      <Skeleton className="mt-6 h-40 w-full rounded-xl" />
      <div className="mt-6">
        <GigGridSkeleton count={6} />
      </div>
    </LoadingRegion>
  );
}
