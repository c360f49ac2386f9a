import { useId } from "react";

const STARS = [1, 2, 3, 4, 5] as const;

function StarIcon({ filled, className = "" }: { filled: boolean; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      className={`${filled ? "fill-amber-400 text-amber-500" : "fill-none text-slate-400"} ${className}`}
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M10 1.8l2.5 5.3 5.7.7-4.2 4 1.1 5.7L10 14.7l-5.1 2.8 1.1-5.7-4.2-4 5.7-.7z" />
    </svg>
  );
}

/** A read-only rating; the stars are decoration, the accessible name says the number. */
export function StarRating({ rating, className = "" }: { rating: number; className?: string }) {
  return (
    <span role="img" aria-label={`${rating} out of 5 stars`} className={`inline-flex ${className}`}>
      {STARS.map((star) => (
        <StarIcon key={star} filled={star <= rating} className="size-4" />
      ))}
    </span>
  );
}

export interface StarRatingFieldProps {
  legend: string;
  value: number | null;
  onChange: (rating: number) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * Choosing 1–5 stars: a native radio group, so arrow keys, screen readers ("3 stars, 3 of 5")
 * and form semantics come for free. Each radio is transparent over its star; the star shows focus.
 */
export function StarRatingField({
  legend,
  value,
  onChange,
  error,
  disabled,
}: StarRatingFieldProps) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
      className="space-y-1.5"
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex gap-1">
        {STARS.map((star) => (
          <label
            key={star}
            className="relative cursor-pointer rounded-md p-1 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name={name}
              value={star}
              checked={value === star}
              onChange={() => {
                onChange(star);
              }}
              // Transparent but on top of the star: clicks and taps land on the radio itself.
              className="absolute inset-0 m-0 size-full cursor-pointer appearance-none opacity-0"
            />
            <span className="sr-only">{star === 1 ? "1 star" : `${star} stars`}</span>
            <StarIcon filled={value !== null && star <= value} className="size-8" />
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
