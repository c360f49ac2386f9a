import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";

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
  /** A Tailwind min-width class: below it, the table scrolls sideways. */
  minWidth: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** The row's action, or null for none (a closed order, say). */
  actionFor: (row: Row) => RowAction | null;
}

/** An admin table: the columns, then each row's one action in the last cell. */
export function AdminTable<Row extends { id: string }>({
  label,
  minWidth,
  columns,
  rows,
  actionFor,
}: AdminTableProps<Row>) {
  return (
    <DataTable label={label} minWidth={minWidth}>
      <thead>
        <tr>
          {columns.map((column) => (
            <HeaderCell key={column.header} className={column.headerClassName}>
              {column.header}
            </HeaderCell>
          ))}
          <HeaderCell>
            <span className="sr-only">Actions</span>
          </HeaderCell>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const action = actionFor(row);
          return (
            <tr key={row.id}>
              {columns.map((column) => (
                <Cell key={column.header} className={column.className}>
                  {column.cell(row)}
                </Cell>
              ))}
              <Cell className="text-right">
                {action ? (
                  <Button
                    variant="secondary"
                    aria-label={action.ariaLabel}
                    onClick={action.onClick}
                  >
                    {action.label}
                  </Button>
                ) : null}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** The "Created"/"Joined"/"Placed" column: a date that does not wrap. */
export const DATE_CELL = "whitespace-nowrap";
/** A price column, right-aligned in tabular figures. */
export const PRICE_CELL = "whitespace-nowrap text-right tabular-nums";
