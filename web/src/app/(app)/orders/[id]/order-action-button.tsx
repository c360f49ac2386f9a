"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError } from "@/lib/api/errors";
import { actionCopy, ORDER_ACTIONS, type ButtonAction } from "@/lib/orders/vocabulary";
import { useOverrideOrderStatus } from "@/queries/admin";
import { useOrderTransition } from "@/queries/orders";

import { ActionForm } from "./action-form";
import { focusOrderProgress } from "./focus-order-progress";

/**
 * How the button takes its action: an admin override goes through the admin panel's mutation (so
 * the audit log and disputes queue catch up too), every other action through its own endpoint.
 */
function useActionMutation(orderId: string, action: ButtonAction) {
  const transition = useOrderTransition(orderId);
  const override = useOverrideOrderStatus();
  const { endpoint } = ORDER_ACTIONS[action];
  if (endpoint.kind === "override") {
    return {
      isPending: override.isPending,
      perform: (reason: string) =>
        override.mutateAsync({ orderId, status: endpoint.status, reason }),
    };
  }
  return {
    isPending: transition.isPending,
    perform: (text: string, fileIds: string[] = []) =>
      transition.mutateAsync({ action, text, fileIds }),
  };
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
  const transition = useActionMutation(orderId, action);
  const copy = actionCopy(action);

  async function perform(text: string, fileIds: string[]): Promise<void> {
    onStart();
    try {
      await transition.perform(text, fileIds);
      setOpen(false);
      focusOrderProgress();
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
