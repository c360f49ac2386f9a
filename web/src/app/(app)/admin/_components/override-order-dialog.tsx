"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import {
  MAX_REASON_LENGTH,
  overrideSchema,
  type OverrideStatus,
  type OverrideValues,
} from "@/lib/admin/schemas";
import { splitApiErrors } from "@/lib/api/errors";
import type { OrderListItem } from "@/lib/api/types";
import { useOverrideOrderStatus } from "@/queries/admin";

import { DialogActions } from "./dialog-actions";
import { StatusChoice } from "./status-choice";

const FIELDS = ["status", "reason"] as const;

const OUTCOME: Record<OverrideStatus, string> = {
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};

interface OverrideOrderDialogProps {
  /** The order to close; null keeps the dialog shut. */
  order: OrderListItem | null;
  /** Set by the disputes queue ("Resolve: complete"); otherwise the admin chooses. */
  fixedStatus?: OverrideStatus;
  onClose: () => void;
  /** Called with a sentence saying what happened, once the API has accepted the override. */
  onDone: (message: string) => void;
}

/**
 * The admin override: force an open order to COMPLETED or CANCELLED with a mandatory reason. The
 * API resolves the order's open disputes in the same step and audits it.
 */
export function OverrideOrderDialog({
  order,
  fixedStatus,
  onClose,
  onDone,
}: OverrideOrderDialogProps) {
  const override = useOverrideOrderStatus();
  const title =
    fixedStatus === "COMPLETED"
      ? "Resolve the dispute by completing the order?"
      : fixedStatus === "CANCELLED"
        ? "Resolve the dispute by cancelling the order?"
        : "Override the order's status?";

  return (
    <Dialog
      open={order !== null}
      onClose={onClose}
      title={title}
      dismissible={!override.isPending}
      description={
        order ? (
          <p>
            “{order.gig_title}” ({order.reference_code}) between {order.client.full_name} (client)
            and {order.freelancer.full_name} (freelancer). The order closes for good and its open
            disputes are resolved; both parties see your reason on the order&apos;s timeline.
          </p>
        ) : null
      }
    >
      {order ? (
        <OverrideForm
          fixedStatus={fixedStatus}
          onCancel={onClose}
          onSubmit={async (values) => {
            await override.mutateAsync({ orderId: order.id, ...values });
            onDone(`Order ${order.reference_code} is now ${OUTCOME[values.status]}.`);
          }}
        />
      ) : null}
    </Dialog>
  );
}

interface OverrideFormProps {
  fixedStatus?: OverrideStatus;
  onSubmit: (values: OverrideValues) => Promise<void>;
  onCancel: () => void;
}

function OverrideForm({ fixedStatus, onSubmit, onCancel }: OverrideFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OverrideValues>({
    resolver: zodResolver(overrideSchema),
    // With no preset the admin must pick one: closing an order is never a default.
    defaultValues: { status: fixedStatus, reason: "" },
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  async function submit(values: OverrideValues) {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(placeApiErrors(splitApiErrors(error, FIELDS), FIELDS, setError));
    }
  }

  const submitLabel =
    fixedStatus === "COMPLETED"
      ? "Complete order"
      : fixedStatus === "CANCELLED"
        ? "Cancel order"
        : "Override status";

  return (
    <form method="post" noValidate onSubmit={handleSubmit(submit)} className="space-y-4">
      <FormAlert message={formError} />
      {fixedStatus ? null : <StatusChoice error={errors.status?.message} {...register("status")} />}
      <TextAreaField
        label="Reason"
        hint="Both parties see it on the order's timeline, and it is kept in the audit log."
        maxLength={MAX_REASON_LENGTH}
        {...fieldProps(form, "reason")}
      />
      <DialogActions onCancel={onCancel} isBusy={isSubmitting}>
        <SubmitButton variant="danger" isLoading={isSubmitting}>
          {submitLabel}
        </SubmitButton>
      </DialogActions>
    </form>
  );
}
