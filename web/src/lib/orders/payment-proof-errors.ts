import { ApiError, splitApiErrors } from "../api/errors";

/**
 * Server answers to a payment proof, placed next to the field they are about: 422 issues name their
 * field (the amount that must equal the price, too), and a 409 `proof_reference_taken` belongs to the
 * transaction ID. Any other 409 (the order moved on meanwhile) or 403 is about the whole form.
 */

export const PAYMENT_PROOF_FIELDS = ["proof_reference", "amount", "payer_name"] as const;
export type PaymentProofField = (typeof PAYMENT_PROOF_FIELDS)[number];

export interface PaymentProofErrors {
  fieldErrors: Partial<Record<PaymentProofField, string>>;
  formError: string | null;
}

export function paymentProofErrors(error: unknown): PaymentProofErrors {
  if (error instanceof ApiError && error.code === "proof_reference_taken") {
    return { fieldErrors: { proof_reference: error.message }, formError: null };
  }
  return splitApiErrors(error, PAYMENT_PROOF_FIELDS);
}
