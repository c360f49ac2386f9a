"use client";

import { Dialog } from "@/components/ui/dialog";
import type { AdminUser } from "@/lib/api/types";
import { useBanUser } from "@/queries/admin";

import { ReasonForm } from "../_components/reason-form";

interface BanUserDialogProps {
  /** Who to ban; null keeps the dialog shut. */
  user: AdminUser | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function BanUserDialog({ user, onClose, onDone }: BanUserDialogProps) {
  const ban = useBanUser();
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      title={user ? `Ban ${user.full_name}?` : "Ban user"}
      dismissible={!ban.isPending}
      description={
        user ? (
          <p>
            {user.email} will be signed out on their next request and cannot sign in again until
            unbanned. Their gigs leave the public list.
          </p>
        ) : null
      }
    >
      {user ? (
        <ReasonForm
          hint="Kept with the ban and in the audit log."
          submitLabel="Ban user"
          onCancel={onClose}
          onSubmit={async (reason) => {
            await ban.mutateAsync({ userId: user.id, reason });
            onDone(`${user.full_name} is banned.`);
          }}
        />
      ) : null}
    </Dialog>
  );
}
