/**
 * A grey placeholder block shown while content loads. Hidden from screen readers: the region
 * that is loading says so itself (aria-busy and a status message).
 */
export function Skeleton({ className = "" }: { className?: string }) {
  return (
    <span aria-hidden="true" className={`block animate-pulse rounded bg-slate-200 ${className}`} />
  );
}
