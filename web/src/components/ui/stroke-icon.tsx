/** A 20 px line icon of the header, drawn in the text colour; decorative (its button has the name). */
export function StrokeIcon({ d, round = true }: { d: string; round?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
    >
      <path
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin={round ? "round" : undefined}
        d={d}
      />
    </svg>
  );
}
