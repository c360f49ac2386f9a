import type { OrderEvent, StoredFile } from "../api/types";

/** One delivery of the work: the freelancer's note and files, and the revision asked for after it. */
export interface Delivery {
  /** 1 for the first delivery, counting up. */
  number: number;
  note: string;
  files: StoredFile[];
  deliveredAt: string;
  revisionRequest: { reason: string; at: string } | null;
}

/**
 * The order's deliveries read from its timeline (oldest first, as the API sends it), newest first:
 * each `submit-work` event, with the `request-revision` that answered it.
 */
export function deliveriesOf(events: readonly OrderEvent[]): Delivery[] {
  const deliveries: Delivery[] = [];
  for (const event of events) {
    if (event.action === "submit-work") {
      deliveries.push({
        number: deliveries.length + 1,
        note: event.reason ?? "",
        files: event.files,
        deliveredAt: event.created_at,
        revisionRequest: null,
      });
    } else if (event.action === "request-revision") {
      const answered = deliveries.at(-1);
      if (answered && !answered.revisionRequest) {
        answered.revisionRequest = { reason: event.reason ?? "", at: event.created_at };
      }
    }
  }
  return deliveries.reverse();
}
