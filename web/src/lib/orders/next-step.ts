import type { OrderRole, OrderStatus } from "../api/types";
import { ROLE_NOUN } from "./statuses";

/** "Waiting for you" or "Waiting for the freelancer"; null once nobody has to act. */
export function waitingLabel(waitingFor: OrderRole | null, viewer: OrderRole): string | null {
  if (waitingFor === null) return null;
  return waitingFor === viewer ? "Waiting for you" : `Waiting for ${ROLE_NOUN[waitingFor]}`;
}

type Hints = Partial<Record<OrderRole, string>>;

/** One sentence per status and side: what happens next, in the words of the person reading. */
const NEXT_STEP: Record<OrderStatus, Hints> = {
  PENDING_PAYMENT: {
    client: "Pay the freelancer with the instructions below, then submit your payment proof.",
    freelancer: "The client has not submitted a payment yet.",
  },
  PAYMENT_SUBMITTED: {
    client: "The freelancer is checking that your payment arrived.",
    freelancer:
      "Check that the payment arrived with the reference code, then confirm or reject it.",
  },
  PAYMENT_CONFIRMED: {
    client: "Payment confirmed. The freelancer will start work soon.",
    freelancer: "The payment is confirmed. Start work when you are ready.",
  },
  IN_PROGRESS: {
    client: "The freelancer is working on your order.",
    freelancer: "Deliver your work before the due date.",
  },
  SUBMITTED: {
    client: "The work is delivered. Approve it, or ask for a revision.",
    freelancer: "The client is reviewing your delivery.",
  },
  REVISION_REQUESTED: {
    client: "The freelancer is working on your revision.",
    freelancer: "The client asked for changes. Deliver the revised work.",
  },
  COMPLETED: {
    client: "This order is complete.",
    freelancer: "This order is complete.",
  },
  CANCELLED: {
    client: "This order was cancelled.",
    freelancer: "This order was cancelled.",
  },
};

export function nextStepHint(status: OrderStatus, viewer: OrderRole): string | null {
  return NEXT_STEP[status][viewer] ?? null;
}
