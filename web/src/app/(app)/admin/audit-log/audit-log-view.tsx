"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";

import { DateTime } from "@/components/ui/date-time";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { auditActionLabel, auditDetailLines, auditTargetHref, shortId } from "@/lib/admin/format";
import type { AuditEntry } from "@/lib/api/types";
import { adminQueries } from "@/queries/admin";

import { PagedList } from "../_components/paged-list";

export function AuditLogView() {
  const query = useInfiniteQuery(adminQueries.auditLog());
  return (
    <PagedList
      query={query}
      noun={{ one: "entry", many: "entries" }}
      empty={<p>No admin actions yet. Bans, deactivations and overrides will be listed here.</p>}
    >
      {(entries) => <AuditLogTable entries={entries} />}
    </PagedList>
  );
}

function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <DataTable label="Audit log" minWidth="min-w-[52rem]">
      <thead>
        <tr>
          <HeaderCell>When</HeaderCell>
          <HeaderCell>Admin</HeaderCell>
          <HeaderCell>Action</HeaderCell>
          <HeaderCell>Target</HeaderCell>
          <HeaderCell>Details</HeaderCell>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {entries.map((entry) => (
          <tr key={entry.id}>
            <Cell className="whitespace-nowrap">
              <DateTime iso={entry.created_at} />
            </Cell>
            <Cell>
              <bdi>{entry.admin_name}</bdi>
            </Cell>
            <Cell className="font-medium text-slate-900">{auditActionLabel(entry.action)}</Cell>
            <Cell className="whitespace-nowrap">
              <AuditTarget entry={entry} />
            </Cell>
            <Cell className="max-w-md">
              <ul className="space-y-0.5">
                {auditDetailLines(entry).map((line) => (
                  <li key={line} className="break-words">
                    {line}
                  </li>
                ))}
              </ul>
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function AuditTarget({ entry }: { entry: AuditEntry }) {
  const href = auditTargetHref(entry);
  const label = `${entry.target_type} ${shortId(entry.target_id)}`;
  if (!href) {
    return (
      <span title={entry.target_id} className="font-mono text-xs">
        {label}
      </span>
    );
  }
  return (
    <Link
      href={href}
      title={entry.target_id}
      className="font-mono text-xs text-brand-700 hover:underline"
    >
      {label}
    </Link>
  );
}
