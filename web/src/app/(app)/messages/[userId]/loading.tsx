import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export default function ConversationLoading() {
  return (
    <LoadingRegion what="the conversation" className="flex flex-1 flex-col">
      <div className="flex items-center gap-3 border-b border-slate-200 p-4">
        <Skeleton className="size-8 rounded-full" />
        <Skeleton className="h-5 w-40" />
      </div>
      <div className="flex-1 space-y-4 p-4">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="ml-auto h-10 w-1/2" />
      </div>
    </LoadingRegion>
  );
}
