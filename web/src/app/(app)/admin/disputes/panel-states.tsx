import { Button } from "@/components/ui/button";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";
import type { OrderListItem } from "@/lib/api/types";

type Parties = Pick<OrderListItem, "client" | "freelancer">;

/** Who a user id is on this order, as the dispute panels name them ("Ada (client)"); null if neither. */
export function partyName(userId: string | null, order: Parties): string | null {
  if (userId === order.client.id) return `${order.client.full_name} (client)`;
  if (userId === order.freelancer.id) return `${order.freelancer.full_name} (freelancer)`;
  return null;
}

/** A dispute panel loading `what` ("the order's messages"): placeholder lines of these sizes. */
export function PanelLoading({ what, lines }: { what: string; lines: readonly string[] }) {
  return (
    <LoadingRegion what={what} className="space-y-2">
      {lines.map((size, index) => (
        <Skeleton key={index} className={size} />
      ))}
    </LoadingRegion>
  );
}

/** A dispute panel that could not load `what`, with a way to try again. */
export function PanelError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-800">
      <p>We could not load {what}.</p>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
