/**
 * A small count on an icon or a link ("3", "99+"); nothing when the count is zero. Hidden from
 * screen readers: the control it sits on says the count in words ("Messages, 3 unread").
 */
export function CountBadge({ count, className = "" }: { count: number; className?: string }) {
  if (count <= 0) return null;
  return (
    <span
      aria-hidden="true"
      className={`inline-grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-xs leading-5 font-bold text-white tabular-nums ${className}`}
    >
      {count > 99 ? "99+" : count}
    </span>
  );
}
