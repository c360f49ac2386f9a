"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";

import { showToast } from "@/components/ui/toast-store";
import { ApiError } from "@/lib/api/errors";
import { type EmailPreference, emailQueries, useSetEmailPreference } from "@/queries/email";

const SWITCHES: { preference: EmailPreference; label: string; explanation: string }[] = [
  {
    preference: "order_updates",
    label: "Order updates",
    explanation:
      "A new order, a payment to confirm, a delivery to review: each step of your orders.",
  },
  {
    preference: "messages",
    label: "Unread messages",
    explanation:
      "When a message waits unread for 10 minutes; at most one email an hour per person.",
  },
  {
    preference: "reminders",
    label: "Deadline reminders",
    explanation: "Before an order's deadline, when it is your move.",
  },
];

/** The three switches, each saved as soon as it moves. */
export function EmailPreferenceSwitches() {
  const { data: preferences } = useQuery(emailQueries.preferences());
  const setPreference = useSetEmailPreference();

  if (!preferences) return null; // prefetched with the page; a failure is the page's error

  function change(preference: EmailPreference, on: boolean, label: string) {
    setPreference.mutate(
      { preference, on },
      {
        onError: (error) => {
          showToast({
            tone: "error",
            title: `“${label}” was not saved`,
            description:
              error instanceof ApiError && error.detail
                ? error.detail
                : "Check your connection and try again.",
          });
        },
      },
    );
  }

  return (
    <ul className="divide-y divide-slate-200">
      {SWITCHES.map(({ preference, label, explanation }) => (
        <li key={preference} className="py-4 first:pt-0 last:pb-0">
          <PreferenceSwitch
            label={label}
            explanation={explanation}
            on={preferences[preference]}
            onChange={(on) => {
              change(preference, on, label);
            }}
          />
        </li>
      ))}
    </ul>
  );
}

interface PreferenceSwitchProps {
  label: string;
  explanation: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

/** A native button with role="switch": Space and Enter toggle it, and its label is its name. */
function PreferenceSwitch({ label, explanation, on, onChange }: PreferenceSwitchProps) {
  const labelId = useId();
  const explanationId = useId();
  return (
    <div className="flex items-start justify-between gap-4">
      <div>
        <p id={labelId} className="font-semibold text-slate-900">
          {label}
        </p>
        <p id={explanationId} className="mt-1 text-sm text-slate-600">
          {explanation}
        </p>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby={labelId}
        aria-describedby={explanationId}
        onClick={() => {
          onChange(!on);
        }}
        className={`relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
          on ? "bg-brand-600" : "bg-slate-300"
        }`}
      >
        <span
          aria-hidden="true"
          className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${
            on ? "translate-x-6" : "translate-x-1"
          }`}
        />
      </button>
    </div>
  );
}
