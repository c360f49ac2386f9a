"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import "@/lib/zod-config";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { splitApiErrors } from "@/lib/api/errors";
import { API_LIMITS } from "@/lib/api/limits";
import type { OrderDetail } from "@/lib/api/types";
import { isTerminal } from "@/lib/orders/statuses";
import { useOpenDispute } from "@/queries/orders";

const REASON = API_LIMITS.ReasonIn.reason;

const disputeSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(REASON.min, "Describe the problem.")
    .max(REASON.max, `Use at most ${REASON.max} characters.`),
});
type DisputeValues = z.infer<typeof disputeSchema>;

/** Either party may ask an admin to step in on an open order, once at a time. */
export function ReportProblemButton({ order }: { order: OrderDetail }) {
  const [open, setOpen] = useState(false);
  const [reported, setReported] = useState(false);
  const openDispute = useOpenDispute(order.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DisputeValues>({
    resolver: zodResolver(disputeSchema),
    defaultValues: { reason: "" },
  });
  const { handleSubmit, setError, reset } = form;

  const canReport =
    order.viewer_role !== "admin" && !isTerminal(order.status) && !order.has_open_dispute;

  async function onSubmit(values: DisputeValues) {
    setFormError(null);
    try {
      await openDispute.mutateAsync(values.reason);
      setOpen(false);
      setReported(true);
      reset();
    } catch (error) {
      const fields = ["reason"] as const;
      setFormError(placeApiErrors(splitApiErrors(error, fields), fields, setError));
    }
  }

  return (
    <>
      <p role="status" className="text-sm text-slate-700">
        {reported ? "Your report was sent. An admin will look into this order." : ""}
      </p>
      {canReport ? (
        <div className="border-t border-slate-100 pt-3">
          <Button
            variant="ghost"
            className="-ml-4"
            onClick={() => {
              setFormError(null);
              setOpen(true);
            }}
          >
            Report a problem
          </Button>
        </div>
      ) : null}
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        title="Report a problem with this order"
        description="An admin will review the order, its timeline and your messages, and may cancel or complete it. Both of you will see that a dispute is open."
        dismissible={!openDispute.isPending}
      >
        <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
          <FormAlert message={formError} />
          <TextAreaField
            label="What went wrong?"
            maxLength={REASON.max}
            required
            {...fieldProps(form, "reason")}
          />
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button
              variant="secondary"
              disabled={openDispute.isPending}
              onClick={() => {
                setOpen(false);
              }}
            >
              Go back
            </Button>
            <SubmitButton variant="danger" isLoading={openDispute.isPending}>
              Send report
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
