import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import type { Gig } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

interface GigsTableProps {
  gigs: Gig[];
  onDeactivate: (gig: Gig) => void;
}

export function GigsTable({ gigs, onDeactivate }: GigsTableProps) {
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
              {gig.is_active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}
            </Cell>
            <Cell className="whitespace-nowrap">
              <DateTime iso={gig.created_at} format="date" />
            </Cell>
            <Cell className="text-right">
              {gig.is_active ? (
                <Button
                  variant="secondary"
                  aria-label={`Deactivate ${gig.title}`}
                  onClick={() => {
                    onDeactivate(gig);
                  }}
                >
                  Deactivate
                </Button>
              ) : null}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
