import type { ReactNode } from "react";

import { ReviewComment } from "@/components/reviews/review-comment";
import { StarRating } from "@/components/ui/star-rating";
import type { OrderDetail, Review } from "@/lib/api/types";

function nameOf(order: OrderDetail, userId: string): string {
  const isClient = userId === order.client_id;
  const role = isClient ? "client" : "freelancer";
  if (order.viewer_role === role) return "You";
  return isClient ? order.client.full_name : order.freelancer.full_name;
}

function headline(order: OrderDetail, review: Review): ReactNode {
  const reviewee = nameOf(order, review.reviewee_id);
  return (
    <>
      <bdi>{nameOf(order, review.reviewer_id)}</bdi> reviewed{" "}
      {reviewee === "You" ? "you" : <bdi>{reviewee}</bdi>}
    </>
  );
}

export function ReviewList({ order }: { order: OrderDetail }) {
  if (order.reviews.length === 0) {
    return <p className="text-sm text-slate-500">No reviews on this order yet.</p>;
  }
  return (
    <ul className="space-y-4">
      {order.reviews.map((review) => (
        <li key={review.id} className="rounded-lg bg-slate-50 p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-semibold text-slate-900">{headline(order, review)}</p>
            <StarRating rating={review.rating} />
          </div>
          <ReviewComment review={review} />
        </li>
      ))}
    </ul>
  );
}
