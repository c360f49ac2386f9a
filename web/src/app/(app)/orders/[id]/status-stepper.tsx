import type { OrderDetail } from "@/lib/api/types";
import { lifecycleOf, type LifecycleStep, type StepState } from "@/lib/orders/lifecycle-steps";
import { waitingLabel } from "@/lib/orders/next-step";

import { ORDER_PROGRESS_ID } from "./focus-order-progress";

const STATE_WORDS: Record<StepState, string> = {
  done: "done",
  current: "current step",
  upcoming: "not reached yet",
  cancelled: "the order ended here",
};

const MARKER_CLASSES: Record<StepState, string> = {
  done: "border-brand-600 bg-brand-600 text-white",
  current: "border-brand-600 bg-white text-brand-700 ring-4 ring-brand-100",
  upcoming: "border-slate-300 bg-white text-slate-400",
  cancelled: "border-red-700 bg-red-700 text-white",
};

function StepMarker({ step, position }: { step: LifecycleStep; position: number }) {
  const { state } = step;
  const finished = state === "done" || (state === "current" && step.status === "COMPLETED");
  const symbol = finished ? "✓" : state === "cancelled" ? "✕" : String(position);
  return (
    <span
      aria-hidden="true"
      className={`flex size-8 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${MARKER_CLASSES[state]}`}
    >
      {symbol}
    </span>
  );
}

function Step({
  step,
  position,
  waiting,
}: {
  step: LifecycleStep;
  position: number;
  waiting: string | null;
}) {
  const isCurrent = step.state === "current" || step.state === "cancelled";
  return (
    <li
      aria-current={isCurrent ? "step" : undefined}
      className="flex items-start gap-3 lg:flex-1 lg:flex-col lg:items-center lg:text-center"
    >
      <StepMarker step={step} position={position} />
      <span className="min-w-0">
        <span
          className={`block text-sm ${isCurrent ? "font-semibold text-slate-900" : step.state === "done" ? "text-slate-700" : "text-slate-500"}`}
        >
          {step.label}
        </span>
        <span className="sr-only">, {STATE_WORDS[step.state]}</span>
        {step.state === "current" && waiting ? (
          <span className="mt-0.5 block text-xs font-semibold text-amber-800">{waiting}</span>
        ) : null}
      </span>
    </li>
  );
}

/** The whole lifecycle at a glance: where the order stands and whose move it is. */
export function StatusStepper({ order }: { order: OrderDetail }) {
  const { steps, revisions } = lifecycleOf(order.status, order.events);
  const waiting = waitingLabel(order.waiting_for, order.viewer_role);
  const inRevision = order.status === "REVISION_REQUESTED";

  return (
    <section
      id={ORDER_PROGRESS_ID}
      tabIndex={-1}
      aria-labelledby="progress-heading"
      className="rounded-xl border border-slate-200 bg-white p-5 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
    >
      <h2 id="progress-heading" className="sr-only">
        Progress
      </h2>
      <ol className="flex flex-col gap-4 lg:flex-row lg:gap-2">
        {steps.map((step, index) => (
          <Step key={step.status} step={step} position={index + 1} waiting={waiting} />
        ))}
      </ol>
      {order.status !== "CANCELLED" ? (
        <p
          className={`mt-4 text-sm ${inRevision ? "font-medium text-amber-800" : "text-slate-500"}`}
        >
          <span aria-hidden="true">↺ </span>
          {inRevision
            ? "The client asked for a revision: the order looped back from Delivered to In progress."
            : "If the client asks for a revision, a delivered order loops back to In progress."}
          {revisions > 0 ? ` Revisions so far: ${revisions}.` : null}
        </p>
      ) : null}
    </section>
  );
}
