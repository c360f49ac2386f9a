"use client";

import Link from "next/link";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import type { OrderDetail } from "@/lib/api/types";
import { isButtonAction } from "@/lib/orders/vocabulary";
import { nextStepHint } from "@/lib/orders/next-step";

import { DeadlineCountdown } from "./deadline-countdown";
import { OrderActionButton } from "./order-action-button";
import { ReportProblemButton } from "./report-problem-button";

/** A freelancer waiting for a payment they have not said how to make. */
function needsInstructions(order: OrderDetail): boolean {
  return (
    order.viewer_role === "freelancer" &&
    order.status === "PENDING_PAYMENT" &&
    order.payment_instructions.trim() === ""
  );
}

/**
 * What happens next and the buttons for it: exactly the actions the API lists for this viewer.
 * A refused action (403, 409) is explained here, above the buttons of the order as it now stands.
 */
export function NextStepPanel({ order }: { order: OrderDetail }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const actions = order.available_actions.filter(isButtonAction);
  const hint = nextStepHint(order.status, order.viewer_role);

  return (
    <section
      aria-labelledby="next-step-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-6"
    >
      <h2 id="next-step-heading" className="text-lg font-semibold">
        Next step
      </h2>
      {hint ? <p className="text-slate-700">{hint}</p> : null}
      <DeadlineCountdown order={order} viewer={order.viewer_role} />
      {needsInstructions(order) ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          The client cannot see how to pay you: you have no payment instructions yet.{" "}
          <Link href="/settings/profile" className="font-semibold underline">
            Add them to your profile
          </Link>
          .
        </p>
      ) : null}
      <FormAlert message={refusal} />
      {actions.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {actions.map((action) => (
            <OrderActionButton
              key={action}
              orderId={order.id}
              action={action}
              onStart={() => {
                setRefusal(null);
              }}
              onRefused={setRefusal}
            />
          ))}
        </div>
      ) : null}
      <ReportProblemButton order={order} />
    </section>
  );
}
