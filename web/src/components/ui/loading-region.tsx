import type { ReactNode } from "react";

/**
 * A placeholder while `what` loads ("your gigs"): busy for assistive technology, with one status
 * line saying what is coming, around the skeleton shapes it is given.
 */
export function LoadingRegion({
  what,
  className,
  children,
}: {
  what: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div aria-busy="true" className={className}>
      <p role="status" className="sr-only">
        Loading {what}…
      </p>
      {children}
    </div>
  );
}
