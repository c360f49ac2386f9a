"use client";

import { Dialog } from "@/components/ui/dialog";
import type { Gig } from "@/lib/api/types";
import { useSuspendGig } from "@/queries/admin";

import { ReasonForm } from "../_components/reason-form";

interface SuspendGigDialogProps {
  /** The gig to suspend; null keeps the dialog shut. */
  gig: Gig | null;
  onClose: () => void;
  onDone: (gig: Gig) => void;
}

export function SuspendGigDialog({ gig, onClose, onDone }: SuspendGigDialogProps) {
  const suspend = useSuspendGig();
  return (
    <Dialog
      open={gig !== null}
      onClose={onClose}
      title={gig ? `Suspend “${gig.title}”?` : "Suspend gig"}
      dismissible={!suspend.isPending}
      description={
        gig ? (
          <p>
            It leaves the public list and cannot be ordered; orders already placed go on.{" "}
            <bdi>{gig.freelancer.full_name}</bdi> is told why and cannot list it again until an
            admin reactivates it.
          </p>
        ) : null
      }
    >
      {gig ? (
        <ReasonForm
          hint="The freelancer sees it; it is also kept in the audit log."
          submitLabel="Suspend gig"
          onCancel={onClose}
          onSubmit={async (reason) => {
            onDone(await suspend.mutateAsync({ gigId: gig.id, reason }));
          }}
        />
      ) : null}
    </Dialog>
  );
}
