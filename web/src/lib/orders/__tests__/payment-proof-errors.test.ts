import { describe, expect, it } from "vitest";

import { ApiError } from "../../api/errors";
import { paymentProofErrors } from "../payment-proof-errors";

describe("paymentProofErrors", () => {
  it("puts the price mismatch (422, a plain message) under the amount", () => {
    const error = new ApiError(
      422,
      "The amount must equal the order price exactly (49.00); you entered 48.00",
    );
    expect(paymentProofErrors(error)).toEqual({
      fieldErrors: {
        amount: "The amount must equal the order price exactly (49.00); you entered 48.00",
      },
      formError: null,
    });
  });

  it("puts a reused transaction ID (409) under the transaction ID", () => {
    const message =
      "This transaction ID has already been submitted; each transfer can be claimed once";
    expect(paymentProofErrors(new ApiError(409, message))).toEqual({
      fieldErrors: { proof_reference: message },
      formError: null,
    });
  });

  it("keeps other conflicts (the order moved on) for the whole form", () => {
    const message = "Cannot submit payment while the order is payment submitted";
    expect(paymentProofErrors(new ApiError(409, message))).toEqual({
      fieldErrors: {},
      formError: message,
    });
  });

  it("maps schema validation issues to their fields", () => {
    const error = new ApiError(422, [
      {
        loc: ["body", "payer_name"],
        msg: "String should have at least 1 character",
        type: "string_too_short",
      },
    ]);
    expect(paymentProofErrors(error).fieldErrors).toEqual({
      payer_name: "String should have at least 1 character",
    });
  });

  it("explains a refusal to act on someone else's order as a form error", () => {
    expect(paymentProofErrors(new ApiError(403, "Only the client can submit payment"))).toEqual({
      fieldErrors: {},
      formError: "Only the client can submit payment",
    });
  });
});
