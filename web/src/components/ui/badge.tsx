import type { ReactNode } from "react";

/** What a badge says about its subject; colour is never the only signal, the text is. */
export type BadgeTone = "neutral" | "attention" | "progress" | "success" | "danger";

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  attention: "bg-amber-50 text-amber-800 ring-amber-300",
  progress: "bg-brand-50 text-brand-800 ring-brand-100",
  success: "bg-green-50 text-green-800 ring-green-300",
  danger: "bg-red-50 text-red-800 ring-red-300",
};

/** A short status label (e.g. "Banned", "Completed"). */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE_CLASSES[tone]}`}
    >
      {children}
    </span>
  );
}
