import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A data table that scrolls sideways on a phone instead of squeezing its columns. The scrolling
 * box is focusable (and shows the focus ring), so keyboard users can scroll it with the arrow keys.
 */
export function DataTable({
  label,
  minWidth = "min-w-[40rem]",
  children,
}: {
  /** Names the table (its caption) and the scrolling region. */
  label: string;
  /** A Tailwind min-width class: below it, the region scrolls. */
  minWidth?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // `relative`: screen-reader-only text in the cells (absolutely positioned) stays inside the
      // scrolling box instead of widening the whole page.
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className={`w-full ${minWidth} divide-y divide-slate-200 text-left text-sm`}>
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </div>
  );
}

export function HeaderCell({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`bg-slate-50 px-4 py-3 text-xs font-semibold uppercase tracking-wide text-slate-600 ${className}`}
      {...props}
    />
  );
}

export function Cell({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-4 py-3 align-middle text-slate-700 ${className}`} {...props} />;
}
