"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";

import { DateTime } from "@/components/ui/date-time";
import {
  auditActionLabel,
  auditDetailLines,
  auditTargetHref,
  auditTargetLabel,
} from "@/lib/admin/format";
import type { AuditEntry } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { AdminTable, DATE_CELL, type Column } from "../_components/admin-table";
import { PagedList } from "../_components/paged-list";

export function AuditLogView() {
  const query = useInfiniteQuery(adminQueries.auditLog());
  return (
    <PagedList
      query={query}
      noun={{ one: "entry", many: "entries" }}
      empty={<p>No admin actions yet. Bans, deactivations and overrides will be listed here.</p>}
    >
      {(entries) => (
        <AdminTable
          label="Audit log"
          minWidth="md:min-w-[52rem]"
          columns={COLUMNS}
          rows={entries}
        />
      )}
    </PagedList>
  );
}

const COLUMNS: readonly Column<AuditEntry>[] = [
  { header: "When", className: DATE_CELL, cell: (entry) => <DateTime iso={entry.created_at} /> },
  { header: "Admin", cell: (entry) => <bdi>{entry.admin_name}</bdi> },
  {
    header: "Action",
    className: "font-medium text-slate-900",
    cell: (entry) => auditActionLabel(entry.action),
  },
  { header: "Target", className: "md:max-w-xs", cell: (entry) => <AuditTarget entry={entry} /> },
  {
    header: "Details",
    className: "md:max-w-md",
    cell: (entry) => (
      <ul className="space-y-0.5">
        {auditDetailLines(entry).map((line) => (
          <li key={line} className="break-words">
            {line}
          </li>
        ))}
      </ul>
    ),
  },
];

/** The target by name, linked to its page (the order, the gig, the person's profile). */
function AuditTarget({ entry }: { entry: AuditEntry }) {
  const href = auditTargetHref(entry);
  const label = <bdi>{auditTargetLabel(entry)}</bdi>;
  if (!href) return <span title={entry.target_id}>{label}</span>;
  return (
    <Link href={href} title={entry.target_id} className="text-brand-700 hover:underline">
      {label}
    </Link>
  );
}
