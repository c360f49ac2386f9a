"use client";

import { useState } from "react";

import type { OrderDetail } from "@/lib/api/types";

import { ReviewForm } from "./review-form";
import { ReviewList } from "./review-list";

/** The viewer's own id on this order, if they are one of its parties. */
function viewerId(order: OrderDetail): string | null {
  if (order.viewer_role === "client") return order.client_id;
  if (order.viewer_role === "freelancer") return order.freelancer_id;
  return null;
}

/** After completion: each party is invited to review the other once; both reviews show here. */
export function ReviewSection({ order }: { order: OrderDetail }) {
  const [justPublished, setJustPublished] = useState(false);
  const me = viewerId(order);
  const hasReviewed = order.reviews.some((review) => review.reviewer_id === me);
  const counterpart =
    order.viewer_role === "client" ? order.freelancer.full_name : order.client.full_name;

  return (
    <section
      aria-labelledby="reviews-heading"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <h2 id="reviews-heading" className="text-lg font-semibold">
        Reviews
      </h2>
      <p role="status" className="text-sm font-medium text-green-700">
        {justPublished ? "Thank you! Your review is published." : ""}
      </p>
      {me !== null && !hasReviewed ? (
        <ReviewForm
          orderId={order.id}
          gigId={order.gig_id}
          counterpart={counterpart}
          onPublished={() => {
            setJustPublished(true);
          }}
        />
      ) : null}
      <ReviewList order={order} />
    </section>
  );
}
