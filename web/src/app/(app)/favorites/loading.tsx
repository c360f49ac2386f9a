import { GigGridSkeleton } from "@/components/gigs/gig-grid-skeleton";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingSavedGigs() {
  return (
    <LoadingRegion what="your saved gigs" className="space-y-6">
      <div className="space-y-3">
        <Skeleton className="h-9 w-44" />
        <Skeleton className="h-5 w-full max-w-lg" />
      </div>
      <GigGridSkeleton count={6} />
    </LoadingRegion>
  );
}
