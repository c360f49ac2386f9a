import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Cell, HeaderCell } from "@/components/ui/table";

export interface Column<Row> {
  header: string;
  headerClassName?: string;
  className?: string;
  cell: (row: Row) => ReactNode;
}

/** The one button at the end of a row ("Suspend", "Ban", "Override"). */
export interface RowAction {
  label: string;
  /** Names the row too, so a screen reader's list of buttons says which one it is. */
  ariaLabel: string;
  onClick: () => void;
}

interface AdminTableProps<Row> {
  label: string;
  /** A Tailwind `md:min-w-*` class: from `md` up, below that width the table scrolls sideways. */
  minWidth: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** The row's action, or null for none (a closed order, say); leave out for a read-only table. */
  actionFor?: (row: Row) => RowAction | null;
}

/**
 * An admin table: the columns, then each row's one action in the last cell. Below `md` each row
 * is a card instead — every cell on its own line after its column's name, the action under them —
 * so nothing hides off-screen. It stays one table, so screen readers still hear the headers.
 */
export function AdminTable<Row extends { id: string }>({
  label,
  minWidth,
  columns,
  rows,
  actionFor,
}: AdminTableProps<Row>) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // `relative`: screen-reader-only text in the cells (absolutely positioned) stays inside the
      // scrolling box instead of widening the whole page.
      className="relative md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white md:shadow-sm"
    >
      <table
        className={`w-full ${minWidth} text-left text-sm max-md:block md:divide-y md:divide-slate-200`}
      >
        <caption className="sr-only">{label}</caption>
        <thead className="max-md:sr-only">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.header} className={column.headerClassName}>
                {column.header}
              </HeaderCell>
            ))}
            {actionFor ? (
              <HeaderCell>
                <span className="sr-only">Actions</span>
              </HeaderCell>
            ) : null}
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-3 md:divide-y md:divide-slate-100">
          {rows.map((row) => (
            <tr
              key={row.id}
              className="max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-4 max-md:shadow-sm"
            >
              {columns.map((column) => (
                <Cell
                  key={column.header}
                  className={`max-md:flex max-md:gap-3 max-md:px-0 max-md:py-1.5 ${column.className ?? ""}`}
                >
                  {/* The header is read with the cell already; this is the card's visible label. */}
                  <span
                    aria-hidden="true"
                    className="w-24 shrink-0 pt-0.5 text-xs font-semibold tracking-wide text-slate-500 uppercase md:hidden"
                  >
                    {column.header}
                  </span>
                  <div className="min-w-0 max-md:flex-1">{column.cell(row)}</div>
                </Cell>
              ))}
              {actionFor ? <ActionCell action={actionFor(row)} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActionCell({ action }: { action: RowAction | null }) {
  return (
    <Cell className="text-right max-md:block max-md:px-0 max-md:pt-3 max-md:pb-0 max-md:empty:hidden">
      {action ? (
        <Button
          variant="secondary"
          aria-label={action.ariaLabel}
          onClick={action.onClick}
          className="max-md:w-full"
        >
          {action.label}
        </Button>
      ) : null}
    </Cell>
  );
}

/** The "Created"/"Joined"/"Placed" column: a date that does not wrap. */
export const DATE_CELL = "whitespace-nowrap";
/** A price column, right-aligned in tabular figures in the table (left on a card, like the rest). */
export const PRICE_CELL = "whitespace-nowrap tabular-nums md:text-right";
