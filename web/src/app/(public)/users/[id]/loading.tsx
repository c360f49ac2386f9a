import { GigGridSkeleton } from "@/components/gigs/gig-grid-skeleton";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingProfile() {
  return (
    <LoadingRegion
      what="the profile"
      className="mx-auto w-full max-w-6xl space-y-10 px-4 py-8 sm:px-6 sm:py-10"
    >
      <div className="flex gap-5 rounded-xl border border-slate-200 bg-white p-6">
        <Skeleton className="size-20 rounded-full" />
        <div className="flex-1 space-y-3">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-full max-w-lg" />
        </div>
      </div>
      <GigGridSkeleton count={3} />
    </LoadingRegion>
  );
}
