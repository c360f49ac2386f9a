"use client";

import type { Gig } from "@/lib/api/types";
import { useReactivateGig } from "@/queries/admin";

import { ConfirmDialog } from "../_components/confirm-dialog";

interface ReactivateGigDialogProps {
  gig: Gig | null;
  onClose: () => void;
  onDone: (gig: Gig) => void;
}

export function ReactivateGigDialog({ gig, onClose, onDone }: ReactivateGigDialogProps) {
  const reactivate = useReactivateGig();
  return (
    <ConfirmDialog
      open={gig !== null}
      onClose={onClose}
      title={gig ? `Reactivate “${gig.title}”?` : "Reactivate gig"}
      confirmLabel="Reactivate gig"
      tone="primary"
      description={
        gig ? (
          <p>
            The suspension is lifted and <bdi>{gig.freelancer.full_name}</bdi> is told. If they had
            it listed before, it is back on the marketplace.
            {gig.suspension_reason ? ` It was suspended for: “${gig.suspension_reason}”.` : ""}
          </p>
        ) : null
      }
      onConfirm={async () => {
        if (!gig) return;
        onDone(await reactivate.mutateAsync(gig.id));
      }}
    />
  );
}
