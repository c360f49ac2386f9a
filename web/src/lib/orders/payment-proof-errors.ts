import { ApiError, splitApiErrors } from "../api/errors";

/**
 * Server answers to a payment proof, placed next to the field they are about. The API's two
 * field-specific refusals are plain messages, not validation issues: 422 "the amount must equal
 * the order price" and 409 "this transaction ID has already been submitted". Any other 409
 * (the order moved on meanwhile) or 403 is about the whole form.
 */

export const PAYMENT_PROOF_FIELDS = ["proof_reference", "amount", "payer_name"] as const;
export type PaymentProofField = (typeof PAYMENT_PROOF_FIELDS)[number];

export interface PaymentProofErrors {
  fieldErrors: Partial<Record<PaymentProofField, string>>;
  formError: string | null;
}

export function paymentProofErrors(error: unknown): PaymentProofErrors {
  if (error instanceof ApiError && typeof error.detail === "string") {
    if (error.status === 422) return { fieldErrors: { amount: error.detail }, formError: null };
    if (error.status === 409 && /transaction id/i.test(error.detail)) {
      return { fieldErrors: { proof_reference: error.detail }, formError: null };
    }
  }
  return splitApiErrors(error, PAYMENT_PROOF_FIELDS);
}
