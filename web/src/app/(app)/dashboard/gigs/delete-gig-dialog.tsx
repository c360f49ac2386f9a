"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export interface DeleteGigDialogProps {
  open: boolean;
  title: string;
  isDeleting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Deleting is for good, so it is asked twice; Cancel is first and gets the focus. */
export function DeleteGigDialog({
  open,
  title,
  isDeleting,
  onCancel,
  onConfirm,
}: DeleteGigDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title="Delete this gig?"
      description={
        <>
          “{title}” will be removed for good. A gig that already has orders cannot be deleted:
          deactivate it instead.
        </>
      }
      dismissible={!isDeleting}
    >
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" disabled={isDeleting} onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" isLoading={isDeleting} onClick={onConfirm}>
          Delete gig
        </Button>
      </div>
    </Dialog>
  );
}
