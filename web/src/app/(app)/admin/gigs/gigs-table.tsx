import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import type { Gig } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

interface GigsTableProps {
  gigs: Gig[];
  onSuspend: (gig: Gig) => void;
  onReactivate: (gig: Gig) => void;
}

function GigStatus({ gig }: { gig: Gig }) {
  if (gig.moderation_status === "suspended") {
    return (
      <div className="space-y-1">
        <Badge tone="danger">Suspended</Badge>
        {gig.suspension_reason ? (
          <p className="max-w-xs text-xs text-slate-600">{gig.suspension_reason}</p>
        ) : null}
      </div>
    );
  }
  return gig.is_active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>;
}

export function GigsTable({ gigs, onSuspend, onReactivate }: GigsTableProps) {
  return (
    <DataTable label="Gigs" minWidth="min-w-[50rem]">
      <thead>
        <tr>
          <HeaderCell>Gig</HeaderCell>
          <HeaderCell>Freelancer</HeaderCell>
          <HeaderCell className="text-right">Price</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Created</HeaderCell>
          <HeaderCell>
            <span className="sr-only">Actions</span>
          </HeaderCell>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {gigs.map((gig) => (
          <tr key={gig.id}>
            <Cell className="max-w-sm">
              <Link href={`/gigs/${gig.id}`} className="font-medium text-brand-700 hover:underline">
                {gig.title}
              </Link>
            </Cell>
            <Cell>{gig.freelancer.full_name}</Cell>
            <Cell className="whitespace-nowrap text-right tabular-nums">
              {formatPrice(gig.price)}
            </Cell>
            <Cell>
              <GigStatus gig={gig} />
            </Cell>
            <Cell className="whitespace-nowrap">
              <DateTime iso={gig.created_at} format="date" />
            </Cell>
            <Cell className="text-right">
              {/* An owner-deactivated gig can be suspended too, or its owner could re-list it. */}
              {gig.moderation_status === "suspended" ? (
                <Button
                  variant="secondary"
                  aria-label={`Reactivate ${gig.title}`}
                  onClick={() => {
                    onReactivate(gig);
                  }}
                >
                  Reactivate
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={`Suspend ${gig.title}`}
                  onClick={() => {
                    onSuspend(gig);
                  }}
                >
                  Suspend
                </Button>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
