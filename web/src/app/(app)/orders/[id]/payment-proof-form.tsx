"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import "@/lib/zod-config";

import { FileUploader, UploadsPendingNote } from "@/components/files/file-uploader";
import { useUploads } from "@/components/files/use-uploads";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { API_LIMITS, PROOF_REFERENCE } from "@/lib/api/limits";
import { MAX_FILES } from "@/lib/files/limits";
import type { OrderDetail } from "@/lib/api/types";
import { PAYMENT_PROOF_FIELDS, paymentProofErrors } from "@/lib/orders/payment-proof-errors";
import { useSubmitPaymentProof } from "@/queries/orders";
import { userQueries } from "@/queries/users";

import { focusOrderProgress } from "./focus-order-progress";

const PAYER_NAME = API_LIMITS.PaymentProofIn.payer_name;

/** PaymentProofIn's bounds; whether the amount equals the price is the API's call (422). */
const paymentProofSchema = z.object({
  proof_reference: z
    .string()
    .trim()
    .min(
      PROOF_REFERENCE.min,
      `Enter the transaction ID from your bank or wallet (at least ${PROOF_REFERENCE.min} characters).`,
    )
    .max(PROOF_REFERENCE.max, `Use at most ${PROOF_REFERENCE.max} characters.`),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter the amount you sent, like 49.00."),
  payer_name: z
    .string()
    .trim()
    .min(PAYER_NAME.min, "Enter the name on the account you paid from.")
    .max(PAYER_NAME.max, `Use at most ${PAYER_NAME.max} characters.`),
});
type PaymentProofValues = z.infer<typeof paymentProofSchema>;

export function PaymentProofForm({ order }: { order: OrderDetail }) {
  const { data: me } = useSuspenseQuery(userQueries.me());
  const submitProof = useSubmitPaymentProof(order.id);
  const [formError, setFormError] = useState<string | null>(null);
  // The transfer's receipt (a screenshot, a bank's PDF): what the freelancer checks it against.
  const receipt = useUploads({ max: MAX_FILES.paymentProof });
  const form = useForm<PaymentProofValues>({
    resolver: zodResolver(paymentProofSchema),
    defaultValues: { proof_reference: "", amount: order.price, payer_name: me.full_name },
  });
  const {
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = form;

  async function onSubmit(values: PaymentProofValues) {
    setFormError(null);
    try {
      // Success replaces the order in the cache: it is then PAYMENT_SUBMITTED and this form goes away.
      await submitProof.mutateAsync({
        ...values,
        file_ids: receipt.stored.map((file) => file.id),
      });
      focusOrderProgress();
    } catch (error) {
      setFormError(placeApiErrors(paymentProofErrors(error), PAYMENT_PROOF_FIELDS, setError));
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      <FormAlert message={formError} />
      <TextField
        label="Transaction ID"
        hint="The ID your bank or wallet gave the transfer. Each ID can be used once."
        autoComplete="off"
        {...fieldProps(form, "proof_reference")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Amount sent"
          inputMode="decimal"
          hint={`The order price is ${order.price}.`}
          {...fieldProps(form, "amount")}
        />
        <TextField
          label="Payer name"
          autoComplete="name"
          hint="The name on the account you paid from."
          {...fieldProps(form, "payer_name")}
        />
      </div>
      <FileUploader uploads={receipt} label="Receipt (optional)" buttonLabel="Add a receipt" />
      <UploadsPendingNote uploads={receipt} />
      <SubmitButton isLoading={isSubmitting} disabled={receipt.isUploading}>
        Submit payment proof
      </SubmitButton>
    </form>
  );
}
