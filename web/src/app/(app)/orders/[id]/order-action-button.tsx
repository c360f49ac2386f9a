"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError } from "@/lib/api/errors";
import { ACTION_COPY, type ButtonAction } from "@/lib/orders/actions";
import { useOrderTransition, type TransitionRequest } from "@/queries/orders";

import { ActionForm } from "./action-form";

function requestFor(action: ButtonAction, text: string): TransitionRequest {
  switch (action) {
    case "confirm-payment":
    case "start-work":
    case "approve":
      return { action };
    case "submit-work":
      return { action, note: text };
    case "reject-payment":
    case "request-revision":
    case "cancel":
    case "force-cancel":
    case "force-complete":
      return { action, reason: text };
  }
}

/** Why an action failed, in words for the person who tried (the API's own message when it has one). */
export function refusalMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "We could not reach DevMarket. Check your connection and try again.";
}

export interface OrderActionButtonProps {
  orderId: string;
  action: ButtonAction;
  onStart: () => void;
  onRefused: (message: string) => void;
}

/** One lifecycle action: a button that opens a confirmation dialog asking for what the move needs. */
export function OrderActionButton({ orderId, action, onStart, onRefused }: OrderActionButtonProps) {
  const [open, setOpen] = useState(false);
  const transition = useOrderTransition(orderId);
  const copy = ACTION_COPY[action];

  async function perform(text: string): Promise<void> {
    onStart();
    try {
      await transition.mutateAsync(requestFor(action, text));
      setOpen(false);
    } catch (error) {
      // Input the API refused stays in the dialog, next to the field (ActionForm rethrows).
      if (error instanceof ApiError && error.fieldIssues.length > 0) throw error;
      setOpen(false);
      onRefused(refusalMessage(error));
    }
  }

  return (
    <>
      <Button
        variant={copy.tone === "danger" ? "secondary" : "primary"}
        onClick={() => {
          setOpen(true);
        }}
      >
        {copy.button}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        title={copy.title}
        description={copy.description}
        dismissible={!transition.isPending}
      >
        <ActionForm
          copy={copy}
          isPending={transition.isPending}
          onCancel={() => {
            setOpen(false);
          }}
          onConfirm={perform}
        />
      </Dialog>
    </>
  );
}
