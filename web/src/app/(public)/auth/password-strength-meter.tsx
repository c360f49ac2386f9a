import type { PasswordStrength } from "@/lib/auth/password-strength";

const BAR_COLOURS = [
  "bg-red-600",
  "bg-red-600",
  "bg-amber-500",
  "bg-emerald-600",
  "bg-emerald-700",
];

/**
 * Four bars filled to the estimate. Decorative: the same estimate is read out as the field's hint,
 * which is tied to the input by `aria-describedby`.
 */
export function PasswordStrengthMeter({ strength }: { strength: PasswordStrength | null }) {
  const filled = strength ? Math.max(1, strength.score) : 0;
  const colour = strength ? BAR_COLOURS[strength.score] : "bg-slate-200";
  return (
    <div aria-hidden="true" className="flex gap-1" data-testid="password-strength-meter">
      {[1, 2, 3, 4].map((bar) => (
        <span
          key={bar}
          className={`h-1.5 flex-1 rounded-full ${bar <= filled ? colour : "bg-slate-200"}`}
        />
      ))}
    </div>
  );
}

/** The hint under a new password: its bounds, then the estimate once there is one. */
export function passwordHint(bounds: string, strength: PasswordStrength | null): string {
  if (!strength) return bounds;
  const verdict = `Strength: ${strength.label.toLowerCase()}.`;
  return [bounds, verdict, strength.warning].filter(Boolean).join(" ");
}
