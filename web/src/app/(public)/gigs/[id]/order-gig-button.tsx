"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/errors";
import { signInPathFor } from "@/lib/navigation";
import { usePlaceOrder } from "@/queries/orders";

import { OrderSummaryDialog, type OrderedGig } from "./order-summary-dialog";

/** Who is looking decides what "Order this gig" does. */
export type OrderAbility = "signed-out" | "owner" | "inactive" | "cannot-be-paid" | "can-order";

const PRIMARY_LINK =
  "flex min-h-11 w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700";

const REASONS: Record<"owner" | "inactive" | "cannot-be-paid", string> = {
  owner: "This is your gig, so you cannot order it.",
  inactive: "This gig is inactive, so it cannot be ordered.",
  "cannot-be-paid":
    "This freelancer has not said how to pay them yet, so the gig cannot be ordered for now. You can still message them.",
};

/** A retry after a lost connection may be answered by the first attempt: keep the same key. */
function keepsKey(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

function orderErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.detail !== null) return error.detail;
  return "The order could not be placed. Please try again.";
}

/**
 * Places the order (POST /orders) and opens it. One Idempotency-Key per attempt: a double click
 * or a retry after a network failure returns the order already placed instead of a second one;
 * a refusal ends the attempt, so the next click is a new one.
 */
export function OrderGigButton({ gig, ability }: { gig: OrderedGig; ability: OrderAbility }) {
  const gigId = gig.id;
  const router = useRouter();
  const [reviewing, setReviewing] = useState(false);
  const placeOrder = usePlaceOrder();
  const attemptKey = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();

  if (ability === "signed-out") {
    return (
      <div className="space-y-2">
        <Link href={signInPathFor(`/gigs/${gigId}`)} className={PRIMARY_LINK}>
          Order this gig
        </Link>
        <p className="text-center text-xs text-slate-500">You will sign in first.</p>
      </div>
    );
  }
  if (ability !== "can-order") {
    return (
      <div className="space-y-2">
        <Button className="w-full" disabled aria-describedby={reasonId}>
          Order this gig
        </Button>
        <p id={reasonId} className="text-center text-sm text-slate-600">
          {REASONS[ability]}
        </p>
      </div>
    );
  }

  function order(requirements: string) {
    setError(null);
    attemptKey.current ??= crypto.randomUUID();
    placeOrder.mutate(
      { gigId, requirements, idempotencyKey: attemptKey.current },
      {
        onSuccess: (placed) => {
          router.push(`/orders/${placed.id}`);
        },
        onError: (failure) => {
          if (!keepsKey(failure)) attemptKey.current = null;
          setError(orderErrorMessage(failure));
        },
      },
    );
  }

  // Stays busy after success too: the order page is loading, and a second order is not wanted.
  const isBusy = placeOrder.isPending || placeOrder.isSuccess;
  return (
    <div className="space-y-3">
      <Button
        className="min-h-11 w-full"
        isLoading={isBusy}
        onClick={() => {
          setError(null);
          setReviewing(true);
        }}
      >
        Order this gig
      </Button>
      <p role="status" className="sr-only">
        {isBusy ? "Placing your order…" : ""}
      </p>
      <OrderSummaryDialog
        gig={gig}
        open={reviewing}
        isPlacing={isBusy}
        error={error}
        onClose={() => {
          setReviewing(false);
        }}
        onConfirm={order}
      />
    </div>
  );
}
