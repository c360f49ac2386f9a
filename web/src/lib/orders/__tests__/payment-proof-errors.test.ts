import { describe, expect, it } from "vitest";

import { ApiError } from "../../api/errors";
import { paymentProofErrors } from "../payment-proof-errors";

describe("paymentProofErrors", () => {
  it("puts the price mismatch (a 422 about the amount) under the amount", () => {
    const message = "The amount must equal the order price exactly (49.00); you entered 48.00";
    const error = new ApiError(422, {
      detail: message,
      code: "amount_mismatch",
      errors: [{ field: "amount", message }],
    });
    expect(paymentProofErrors(error)).toEqual({
      fieldErrors: {
        amount: "The amount must equal the order price exactly (49.00); you entered 48.00",
      },
      formError: null,
    });
  });

  it("puts a reused transaction ID (409 proof_reference_taken) under the transaction ID", () => {
    const message = "That transfer was claimed already";
    const error = new ApiError(409, { detail: message, code: "proof_reference_taken" });
    expect(paymentProofErrors(error)).toEqual({
      fieldErrors: { proof_reference: message },
      formError: null,
    });
  });

  it("keeps other conflicts (the order moved on) for the whole form", () => {
    // Worded like a transaction-id refusal on purpose: only the code decides.
    const message = "Cannot submit this transaction ID: the order moved on";
    const error = new ApiError(409, { detail: message, code: "transition_not_allowed" });
    expect(paymentProofErrors(error)).toEqual({
      fieldErrors: {},
      formError: message,
    });
  });

  it("maps schema validation issues to their fields", () => {
    const error = new ApiError(422, {
      detail: "payer_name: String should have at least 1 character",
      code: "validation_failed",
      errors: [{ field: "payer_name", message: "String should have at least 1 character" }],
    });
    expect(paymentProofErrors(error).fieldErrors).toEqual({
      payer_name: "String should have at least 1 character",
    });
  });

  it("explains a refusal to act on someone else's order as a form error", () => {
    const error = new ApiError(403, {
      detail: "Only the client can submit payment",
      code: "forbidden",
    });
    expect(paymentProofErrors(error)).toEqual({
      fieldErrors: {},
      formError: "Only the client can submit payment",
    });
  });
});
