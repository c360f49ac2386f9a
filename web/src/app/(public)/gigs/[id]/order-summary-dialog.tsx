"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-field";
import { API_LIMITS } from "@/lib/api/limits";
import type { Gig } from "@/lib/api/types";
import { formatDelivery, formatPrice, formatRevisions } from "@/lib/gigs/format";

const BRIEF_MAX = API_LIMITS.OrderCreate.requirements.max;

/** What the summary states about the gig being ordered (and the id the order is placed for). */
export type OrderedGig = Pick<
  Gig,
  "id" | "title" | "price" | "delivery_days" | "revisions_included"
>;

interface OrderSummaryDialogProps {
  gig: OrderedGig;
  open: boolean;
  isPlacing: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: (requirements: string) => void;
}

/**
 * What is being bought and how paying works, before the order exists: the client reads the price and the
 * delivery time once more, learns that they pay the freelancer directly, and may leave a brief.
 */
export function OrderSummaryDialog({
  gig,
  open,
  isPlacing,
  error,
  onClose,
  onConfirm,
}: OrderSummaryDialogProps) {
  const [brief, setBrief] = useState("");
  const tooLong = brief.trim().length > BRIEF_MAX;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!isPlacing}
      title="Review your order"
      description="Nothing is charged here: you pay the freelancer directly once the order exists."
    >
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooLong) onConfirm(brief.trim());
        }}
      >
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Gig</dt>
          <dd className="font-medium text-slate-900">{gig.title}</dd>
          <dt className="text-slate-600">Price</dt>
          <dd className="font-medium text-slate-900">{formatPrice(gig.price)}</dd>
          <dt className="text-slate-600">Delivery</dt>
          <dd className="text-slate-900">
            {formatDelivery(gig.delivery_days)}, counted from when work starts
          </dd>
          <dt className="text-slate-600">Revisions</dt>
          <dd className="text-slate-900">{formatRevisions(gig.revisions_included)}</dd>
        </dl>
        <div className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
          <p className="font-semibold text-slate-900">How paying works</p>
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            <li>
              Your order gets a reference code and shows the freelancer’s payment instructions.
            </li>
            <li>
              Transfer the price by bank or mobile wallet, with the reference code in the transfer
              note.
            </li>
            <li>
              Submit the transaction ID; work starts once the freelancer confirms the payment
              arrived.
            </li>
          </ol>
        </div>
        <TextAreaField
          label="Brief for the freelancer (optional)"
          hint={`What you need, links, deadlines. ${brief.trim().length.toLocaleString()} / ${BRIEF_MAX.toLocaleString()}`}
          rows={4}
          value={brief}
          onChange={(event) => {
            setBrief(event.target.value);
          }}
          error={
            tooLong ? `Keep the brief to ${BRIEF_MAX.toLocaleString()} characters.` : undefined
          }
        />
        <FormAlert message={error} />
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button type="button" variant="secondary" onClick={onClose} disabled={isPlacing}>
            Cancel
          </Button>
          <Button type="submit" isLoading={isPlacing} disabled={tooLong}>
            Place order
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
