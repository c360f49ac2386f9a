"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";

import { UploadsPendingNote } from "@/components/files/file-uploader";
import { useUploads } from "@/components/files/use-uploads";
import { ResendVerificationButton } from "@/components/resend-verification-button";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { ApiError, splitApiErrors } from "@/lib/api/errors";
import type { Gig, GigInput, StoredFile } from "@/lib/api/types";
import { MAX_FILES } from "@/lib/files/limits";
import {
  DELIVERY_MAX,
  REVISIONS_MAX,
  REVISIONS_MIN,
  DESCRIPTION_MAX,
  GIG_FIELDS,
  gigInputFrom,
  gigSchema,
  TITLE_MAX,
  type GigFormValues,
} from "@/lib/gigs/gig-schema";
import { userQueries } from "@/queries/users";

import { CategoryField } from "./category-field";
import { GigImagesField } from "./gig-images-field";
import { TagsField } from "./tags-field";

export interface GigFormProps {
  defaultValues: GigFormValues;
  /** The gig's images when editing, cover first. */
  initialImages?: readonly StoredFile[];
  submitLabel: string;
  cancelHref: string;
  /** Sends the gig to the API; resolves to the stored gig, or throws an ApiError. */
  save: (input: GigInput) => Promise<Gig>;
}

/**
 * The fields of a gig, checked as the person types (after leaving a field once) with the API's
 * own limits; what the API still refuses lands next to the field it names. A saved gig opens.
 */
export function GigForm({
  defaultValues,
  initialImages,
  submitLabel,
  cancelHref,
  save,
}: GigFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  // Publishing needs payment instructions: the refusal comes with the way to add them.
  const [needsPaymentInstructions, setNeedsPaymentInstructions] = useState(false);
  // Publishing needs a verified email (403 email_not_verified): the refusal comes with "Resend".
  const [needsVerifiedEmail, setNeedsVerifiedEmail] = useState(false);
  const [imagesError, setImagesError] = useState<string | undefined>(undefined);
  const images = useUploads({ max: MAX_FILES.gigImages, imagesOnly: true, initial: initialImages });
  const { data: me } = useQuery(userQueries.me());
  const form = useForm<GigFormValues>({
    resolver: zodResolver(gigSchema),
    defaultValues,
    mode: "onTouched",
  });
  const {
    handleSubmit,
    setError,
    control,
    formState: { isSubmitting, isSubmitSuccessful },
  } = form;

  async function onSubmit(values: GigFormValues) {
    setFormError(null);
    setNeedsPaymentInstructions(false);
    setNeedsVerifiedEmail(false);
    setImagesError(undefined);
    try {
      const gig = await save(
        gigInputFrom(
          values,
          images.stored.map((image) => image.id),
        ),
      );
      router.push(`/gigs/${gig.id}`);
    } catch (error) {
      setNeedsPaymentInstructions(
        error instanceof ApiError && error.code === "payment_instructions_required",
      );
      setNeedsVerifiedEmail(error instanceof ApiError && error.code === "email_not_verified");
      const split = splitApiErrors(error, [...GIG_FIELDS, "image_ids"]);
      setImagesError(split.fieldErrors.image_ids);
      setFormError(
        placeApiErrors(split, GIG_FIELDS, setError, {
          shouldFocus: true,
        }),
      );
      // Rethrown so react-hook-form does not count this as a successful submit.
      throw error;
    }
  }

  const titleLength = useWatch({ control, name: "title" }).trim().length;
  const descriptionLength = useWatch({ control, name: "description" }).trim().length;

  return (
    <form
      method="post"
      noValidate
      onSubmit={(event) => void handleSubmit(onSubmit)(event).catch(() => undefined)}
      className="space-y-6"
    >
      <FormAlert message={formError} />
      {needsPaymentInstructions ? (
        <p className="text-sm">
          <Link
            href="/settings/profile"
            target="_blank"
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            Add your payment instructions (opens in a new tab, so this draft stays)
          </Link>
        </p>
      ) : null}
      {needsVerifiedEmail && me ? (
        <div className="space-y-2 text-sm">
          <p>
            Open the link we sent to <span className="break-all font-medium">{me.email}</span>, then
            publish again. No mail?
          </p>
          <ResendVerificationButton email={me.email} />
        </div>
      ) : null}
      <TextField
        label="Title"
        placeholder="I will…"
        hint={`Say what you deliver, in 5 to ${TITLE_MAX} characters (${titleLength}/${TITLE_MAX}).`}
        {...fieldProps(form, "title")}
      />
      <TextAreaField
        label="Description"
        rows={8}
        hint={`What is included, what you need from the client, how revisions work. At least 20 characters (${descriptionLength}/${DESCRIPTION_MAX}).`}
        {...fieldProps(form, "description")}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <CategoryField {...fieldProps(form, "category")} />
        <Controller
          control={control}
          name="tags"
          render={({ field, fieldState }) => (
            <TagsField
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Price (USD)"
          inputMode="decimal"
          autoComplete="off"
          placeholder="49.00"
          hint="From $1.00 to $100,000.00."
          {...fieldProps(form, "price")}
        />
        <TextField
          label="Delivery time (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={DELIVERY_MAX}
          step={1}
          hint={`From 1 to ${DELIVERY_MAX} days after the payment is confirmed.`}
          {...fieldProps(form, "delivery_days")}
        />
        <TextField
          label="Revisions included"
          type="number"
          inputMode="numeric"
          min={REVISIONS_MIN}
          max={REVISIONS_MAX}
          step={1}
          hint={`Rounds of changes the price covers, ${REVISIONS_MIN} to ${REVISIONS_MAX}.`}
          {...fieldProps(form, "revisions_included")}
        />
      </div>
      <GigImagesField images={images} error={imagesError} />
      <UploadsPendingNote uploads={images} />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
        <SubmitButton
          isLoading={isSubmitting || isSubmitSuccessful}
          // Waits for the images still uploading: saving now would leave them out.
          disabled={images.isUploading}
        >
          {submitLabel}
        </SubmitButton>
        <Link
          href={cancelHref}
          className="inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}
