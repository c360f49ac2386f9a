"use client";

import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { ApiError } from "@/lib/api/errors";

import { DialogActions } from "./dialog-actions";

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** "danger" for steps that take something away; "primary" for ones that give it back. */
  tone?: "primary" | "danger";
  /** Sends the request; the dialog stays open with the API's message if it throws. */
  onConfirm: () => Promise<void>;
}

/** "Are you sure?" for a moderation step that needs no input. Cancel gets the first focus. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  description,
  confirmLabel,
  tone = "danger",
  onConfirm,
}: ConfirmDialogProps) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    setIsBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught.message : "Something went wrong. Please try again.",
      );
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={description}
      dismissible={!isBusy}
    >
      <FormAlert message={error} />
      <DialogActions onCancel={close} isBusy={isBusy}>
        <Button variant={tone} isLoading={isBusy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
