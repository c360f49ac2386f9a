import { DateTime } from "@/components/ui/date-time";
import type { Review } from "@/lib/api/types";

/** Under a review's headline: what the reviewer wrote (if anything) and when. */
export function ReviewComment({ review }: { review: Review }) {
  return (
    <>
      {review.comment ? (
        <p className="mt-2 whitespace-pre-line break-words text-slate-700">{review.comment}</p>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">
        <DateTime iso={review.created_at} format="date" />
      </p>
    </>
  );
}
