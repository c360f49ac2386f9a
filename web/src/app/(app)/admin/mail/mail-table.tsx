import { DateTime } from "@/components/ui/date-time";
import type { AdminEmail } from "@/lib/api/types";

import { AdminTable, DATE_CELL, type Column } from "../_components/admin-table";

/** AdminTable keys rows by a string id; an outbox id is a number. */
type MailRow = Omit<AdminEmail, "id"> & { id: string; email: AdminEmail };

const KIND_LABEL: Record<string, string> = {
  verify_email: "Email verification",
  password_reset: "Password reset",
};

/** "order_completed" → "Order completed"; the account kinds have names of their own. */
function kindLabel(kind: string): string {
  const label = KIND_LABEL[kind] ?? kind.replaceAll("_", " ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const COLUMNS: readonly Column<MailRow>[] = [
  {
    header: "To",
    className: "md:max-w-xs break-all",
    cell: (email) => <bdi>{email.to_address}</bdi>,
  },
  { header: "Kind", cell: (email) => kindLabel(email.kind) },
  {
    header: "Error",
    className: "md:max-w-sm",
    cell: (email) => (
      <p className="text-xs break-words text-slate-700">
        {email.last_error ?? "No error recorded"}
      </p>
    ),
  },
  {
    header: "Attempts",
    className: "tabular-nums md:text-right",
    headerClassName: "text-right",
    cell: (email) => email.attempts,
  },
  {
    header: "Queued",
    className: DATE_CELL,
    cell: (email) => <DateTime iso={email.created_at} />,
  },
];

interface MailTableProps {
  emails: AdminEmail[];
  retrying: number | null;
  onRetry: (email: AdminEmail) => void;
}

export function MailTable({ emails, retrying, onRetry }: MailTableProps) {
  const rows: MailRow[] = emails.map((email) => ({ ...email, id: String(email.id), email }));
  return (
    <AdminTable
      label="Failed mail"
      minWidth="md:min-w-[52rem]"
      columns={COLUMNS}
      rows={rows}
      actionFor={({ email }) => ({
        label: retrying === email.id ? "Retrying…" : "Retry",
        ariaLabel: `Retry the mail to ${email.to_address}`,
        onClick: () => {
          onRetry(email);
        },
      })}
    />
  );
}
