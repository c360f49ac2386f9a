"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { MAX_REASON_LENGTH, reasonSchema, type ReasonValues } from "@/lib/admin/schemas";
import { splitApiErrors } from "@/lib/api/errors";

import { DialogActions } from "./dialog-actions";

const FIELDS = ["reason"] as const;

interface ReasonFormProps {
  hint: string;
  submitLabel: string;
  /** Sends the request; a thrown ApiError is shown (422 on the field, anything else above it). */
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** A dialog's body that asks for a mandatory reason before a moderation step. */
export function ReasonForm({ hint, submitLabel, onSubmit, onCancel }: ReasonFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReasonValues>({
    resolver: zodResolver(reasonSchema),
    defaultValues: { reason: "" },
  });
  const {
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = form;

  async function submit(values: ReasonValues) {
    setFormError(null);
    try {
      await onSubmit(values.reason);
    } catch (error) {
      setFormError(placeApiErrors(splitApiErrors(error, FIELDS), FIELDS, setError));
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(submit)} className="space-y-4">
      <FormAlert message={formError} />
      <TextAreaField
        label="Reason"
        hint={hint}
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
