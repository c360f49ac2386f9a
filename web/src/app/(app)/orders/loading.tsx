import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export default function OrdersLoading() {
  return (
    <LoadingRegion what="your orders" className="space-y-6">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-10 w-64" />
      <ul className="space-y-3">
        {[0, 1, 2].map((row) => (
          <li key={row}>
            <Skeleton className="h-24 w-full" />
          </li>
        ))}
      </ul>
    </LoadingRegion>
  );
}
