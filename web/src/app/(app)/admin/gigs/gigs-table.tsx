import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { Gig } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

import { AdminTable, DATE_CELL, PRICE_CELL, type Column } from "../_components/admin-table";

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

const COLUMNS: readonly Column<Gig>[] = [
  {
    header: "Gig",
    className: "md:max-w-sm",
    cell: (gig) => (
      <Link href={`/gigs/${gig.id}`} className="font-medium text-brand-700 hover:underline">
        <bdi>{gig.title}</bdi>
      </Link>
    ),
  },
  { header: "Freelancer", cell: (gig) => <bdi>{gig.freelancer.full_name}</bdi> },
  {
    header: "Price",
    headerClassName: "text-right",
    className: PRICE_CELL,
    cell: (gig) => formatPrice(gig.price),
  },
  { header: "Status", cell: (gig) => <GigStatus gig={gig} /> },
  {
    header: "Created",
    className: DATE_CELL,
    cell: (gig) => <DateTime iso={gig.created_at} format="date" />,
  },
];

export function GigsTable({ gigs, onSuspend, onReactivate }: GigsTableProps) {
  return (
    <AdminTable
      label="Gigs"
      minWidth="md:min-w-[50rem]"
      columns={COLUMNS}
      rows={gigs}
      // An owner-deactivated gig can be suspended too, or its owner could re-list it.
      actionFor={(gig) =>
        gig.moderation_status === "suspended"
          ? {
              label: "Reactivate",
              ariaLabel: `Reactivate ${gig.title}`,
              onClick: () => {
                onReactivate(gig);
              },
            }
          : {
              label: "Suspend",
              ariaLabel: `Suspend ${gig.title}`,
              onClick: () => {
                onSuspend(gig);
              },
            }
      }
    />
  );
}
