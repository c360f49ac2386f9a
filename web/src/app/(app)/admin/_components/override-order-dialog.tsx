"use client";

import { Dialog } from "@/components/ui/dialog";
import { overrideSchema, type OverrideStatus, type OverrideValues } from "@/lib/admin/schemas";
import type { OrderListItem } from "@/lib/api/types";
import { useOverrideOrderStatus } from "@/queries/admin";

import { ModerationForm } from "./reason-form";
import { StatusChoice } from "./status-choice";

const FIELDS = ["status", "reason"] as const;

const OUTCOME: Record<OverrideStatus, string> = {
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};

interface OverrideOrderDialogProps {
  /** The order to close; null keeps the dialog shut. */
  order: OrderListItem | null;
  /** Set by the disputes queue ("Resolve: complete"); otherwise the admin chooses. */
  fixedStatus?: OverrideStatus;
  onClose: () => void;
  /** Called with a sentence saying what happened, once the API has accepted the override. */
  onDone: (message: string) => void;
}

/**
 * The admin override: force an open order to COMPLETED or CANCELLED with a mandatory reason. The
 * API resolves the order's open disputes in the same step and audits it.
 */
export function OverrideOrderDialog({
  order,
  fixedStatus,
  onClose,
  onDone,
}: OverrideOrderDialogProps) {
  const override = useOverrideOrderStatus();
  const title =
    fixedStatus === "COMPLETED"
      ? "Resolve the dispute by completing the order?"
      : fixedStatus === "CANCELLED"
        ? "Resolve the dispute by cancelling the order?"
        : "Override the order's status?";

  return (
    <Dialog
      open={order !== null}
      onClose={onClose}
      title={title}
      dismissible={!override.isPending}
      description={
        order ? (
          <p>
            “{order.gig_title}” ({order.reference_code}) between <bdi>{order.client.full_name}</bdi>{" "}
            (client) and <bdi>{order.freelancer.full_name}</bdi> (freelancer). The order closes for
            good and its open disputes are resolved; both parties see your reason on the
            order&apos;s timeline.
          </p>
        ) : null
      }
    >
      {order ? (
        <OverrideForm
          fixedStatus={fixedStatus}
          onCancel={onClose}
          onSubmit={async (values) => {
            await override.mutateAsync({ orderId: order.id, ...values });
            onDone(`Order ${order.reference_code} is now ${OUTCOME[values.status]}.`);
          }}
        />
      ) : null}
    </Dialog>
  );
}

interface OverrideFormProps {
  fixedStatus?: OverrideStatus;
  onSubmit: (values: OverrideValues) => Promise<void>;
  onCancel: () => void;
}

function OverrideForm({ fixedStatus, onSubmit, onCancel }: OverrideFormProps) {
  const submitLabel =
    fixedStatus === "COMPLETED"
      ? "Complete order"
      : fixedStatus === "CANCELLED"
        ? "Cancel order"
        : "Override status";

  return (
    <ModerationForm
      schema={overrideSchema}
      // With no preset the admin must pick one: closing an order is never a default.
      defaultValues={{ status: fixedStatus, reason: "" }}
      fields={FIELDS}
      hint="Both parties see it on the order's timeline, and it is kept in the audit log."
      submitLabel={submitLabel}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {(form) =>
        fixedStatus ? null : (
          <StatusChoice
            error={form.formState.errors.status?.message}
            {...form.register("status")}
          />
        )
      }
    </ModerationForm>
  );
}
