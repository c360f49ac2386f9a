"use client";

import { ClockIcon } from "@/components/ui/clock-icon";
import { DateTime } from "@/components/ui/date-time";
import { useMinuteClock } from "@/components/ui/use-minute-clock";
import type { OrderListItem, OrderRole } from "@/lib/api/types";
import { deadlineSentence, deadlineWording, orderDeadline } from "@/lib/orders/deadlines";

/**
 * The platform's deadline on this order, counted down to the minute. The server cannot know the
 * reader's clock, so its HTML (and the hydrating render) names the moment instead; the same line
 * then turns into "in 2 days 4 h". When the system moves the order, the live `order.updated` frame
 * refreshes the order and this line goes away with the deadline.
 */
export function DeadlineCountdown({
  order,
  viewer,
}: {
  order: Pick<OrderListItem, "expires_at" | "auto_completes_at">;
  viewer: OrderRole;
}) {
  const now = useMinuteClock();
  const deadline = orderDeadline(order);
  if (deadline === null) return null;
  const wording = deadlineWording(deadline.kind, viewer);

  return (
    <p
      role="timer"
      data-testid="order-deadline"
      className="flex gap-2 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950"
    >
      <ClockIcon className="mt-0.5 size-5 shrink-0" />
      <span>
        {now === 0 ? (
          <>
            {wording.lead} on <DateTime iso={deadline.at} /> {wording.unless}.
          </>
        ) : (
          deadlineSentence(deadline, viewer, now)
        )}
      </span>
    </p>
  );
}
