"use client";

import type { AdminUser } from "@/lib/api/types";
import { useUnbanUser } from "@/queries/admin";

import { ConfirmDialog } from "../_components/confirm-dialog";

interface UnbanUserDialogProps {
  user: AdminUser | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function UnbanUserDialog({ user, onClose, onDone }: UnbanUserDialogProps) {
  const unban = useUnbanUser();
  return (
    <ConfirmDialog
      open={user !== null}
      onClose={onClose}
      title={user ? `Unban ${user.full_name}?` : "Unban user"}
      confirmLabel="Unban user"
      tone="primary"
      description={
        user ? (
          <p>
            {user.email} can sign in again and their active gigs return to the public list.
            {user.banned_reason ? ` They were banned for: “${user.banned_reason}”.` : ""}
          </p>
        ) : null
      }
      onConfirm={async () => {
        if (!user) return;
        await unban.mutateAsync(user.id);
        onDone(`${user.full_name} is no longer banned.`);
      }}
    />
  );
}
