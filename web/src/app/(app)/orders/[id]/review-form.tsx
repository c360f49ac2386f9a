"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";

import "@/lib/zod-config";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { StarRatingField } from "@/components/ui/star-rating";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { splitApiErrors } from "@/lib/api/errors";
import { API_LIMITS } from "@/lib/api/limits";
import { useCreateReview } from "@/queries/reviews";

const { rating: RATING, comment: COMMENT } = API_LIMITS.ReviewCreate;
const MAX_COMMENT = COMMENT.max;
const CHOOSE_RATING = `Choose a rating from ${RATING.min} to ${RATING.max} stars.`;

/** ReviewCreate's bounds: a whole number of stars from 1 to 5, an optional comment. */
const reviewSchema = z.object({
  rating: z
    .number({ error: CHOOSE_RATING })
    .int()
    .min(RATING.min, CHOOSE_RATING)
    .max(RATING.max, CHOOSE_RATING)
    .nullable()
    .refine((rating) => rating !== null, CHOOSE_RATING),
  comment: z.string().trim().max(MAX_COMMENT, `Use at most ${MAX_COMMENT} characters.`),
});
type ReviewValues = z.input<typeof reviewSchema>;

const REVIEW_FIELDS = ["rating", "comment"] as const;

export interface ReviewFormProps {
  orderId: string;
  gigId: string;
  counterpart: string;
  onPublished: () => void;
}

export function ReviewForm({ orderId, gigId, counterpart, onPublished }: ReviewFormProps) {
  const createReview = useCreateReview({ gigId });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReviewValues>({
    resolver: zodResolver(reviewSchema),
    defaultValues: { rating: null, comment: "" },
  });
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  async function onSubmit(values: ReviewValues) {
    setFormError(null);
    try {
      await createReview.mutateAsync({
        order_id: orderId,
        rating: values.rating ?? 0,
        comment: values.comment,
      });
      onPublished();
    } catch (error) {
      setFormError(placeApiErrors(splitApiErrors(error, REVIEW_FIELDS), REVIEW_FIELDS, setError));
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      <p className="text-slate-700">
        How was working with <bdi>{counterpart}</bdi>? Your review is public.
      </p>
      <FormAlert message={formError} />
      <Controller
        control={control}
        name="rating"
        render={({ field }) => (
          <StarRatingField
            legend="Rating"
            value={field.value}
            onChange={field.onChange}
            error={errors.rating?.message}
          />
        )}
      />
      <TextAreaField
        label="Comment (optional)"
        hint={`Up to ${MAX_COMMENT} characters.`}
        maxLength={MAX_COMMENT}
        {...fieldProps(form, "comment")}
      />
      <SubmitButton isLoading={isSubmitting}>Publish review</SubmitButton>
    </form>
  );
}
