"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ReactNode } from "react";
import { useForm, type DefaultValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { MAX_REASON_LENGTH, reasonSchema, type ReasonValues } from "@/lib/admin/schemas";
import { splitApiErrors } from "@/lib/api/errors";

import { DialogActions } from "./dialog-actions";

interface ModerationFormProps<Values extends { reason: string }> {
  schema: z.ZodType<Values, Values>;
  defaultValues: DefaultValues<Values>;
  /** The fields a 422 can name, so its issues land next to them. */
  fields: readonly Path<Values>[];
  hint: string;
  submitLabel: string;
  /** Sends the request; a thrown ApiError is shown (422 on the field, anything else above it). */
  onSubmit: (values: Values) => Promise<void>;
  onCancel: () => void;
  /** What the form asks before the reason (the override's outcome). */
  children?: (form: UseFormReturn<Values>) => ReactNode;
}

/** A dialog's body for a moderation step: what it needs, a mandatory reason, Cancel or go. */
export function ModerationForm<Values extends { reason: string }>({
  schema,
  defaultValues,
  fields,
  hint,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: ModerationFormProps<Values>) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues });
  const { isSubmitting } = form.formState;

  async function submit(values: Values) {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFormError(placeApiErrors(splitApiErrors(error, fields), fields, form.setError));
    }
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(submit)} className="space-y-4">
      <FormAlert message={formError} />
      {children?.(form)}
      <TextAreaField
        label="Reason"
        hint={hint}
        maxLength={MAX_REASON_LENGTH}
        {...fieldProps(form, "reason" as Path<Values>)}
      />
      <DialogActions onCancel={onCancel} isBusy={isSubmitting}>
        <SubmitButton variant="danger" isLoading={isSubmitting}>
          {submitLabel}
        </SubmitButton>
      </DialogActions>
    </form>
  );
}

const REASON_FIELDS = ["reason"] as const;
const NO_REASON: ReasonValues = { reason: "" };

interface ReasonFormProps {
  hint: string;
  submitLabel: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** A moderation step that asks only for its reason (a ban, a suspension). */
export function ReasonForm({ hint, submitLabel, onSubmit, onCancel }: ReasonFormProps) {
  return (
    <ModerationForm
      schema={reasonSchema}
      defaultValues={NO_REASON}
      fields={REASON_FIELDS}
      hint={hint}
      submitLabel={submitLabel}
      onSubmit={(values) => onSubmit(values.reason)}
      onCancel={onCancel}
    />
  );
}
