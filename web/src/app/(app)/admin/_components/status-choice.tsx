import { useId, type InputHTMLAttributes, type Ref } from "react";

import { OVERRIDE_STATUSES, type OverrideStatus } from "@/lib/admin/schemas";

const CHOICES: Record<OverrideStatus, { label: string; hint: string }> = {
  COMPLETED: { label: "Completed", hint: "The work counts as delivered; both sides can review." },
  CANCELLED: { label: "Cancelled", hint: "The order ends without delivery." },
};

interface StatusChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** The two final statuses as a radio group; `register("status")` props go on every radio. */
export function StatusChoice({ error, ...radioProps }: StatusChoiceProps) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">New status</legend>
      {OVERRIDE_STATUSES.map((status) => (
        <label
          key={status}
          className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <input
            type="radio"
            value={status}
            className="mt-1 size-4 accent-brand-600"
            {...radioProps}
          />
          <span>
            <span className="block text-sm font-semibold text-slate-900">
              {CHOICES[status].label}
            </span>
            <span className="block text-sm text-slate-600">{CHOICES[status].hint}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
