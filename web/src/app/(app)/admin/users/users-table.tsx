import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { AdminUser } from "@/lib/api/types";

import { AdminTable, DATE_CELL, type Column } from "../_components/admin-table";

interface UsersTableProps {
  users: AdminUser[];
  /** The signed-in admin, marked "You" (the API refuses to let them ban themselves). */
  currentUserId: string | undefined;
  onBan: (user: AdminUser) => void;
  onUnban: (user: AdminUser) => void;
}

function columns(currentUserId: string | undefined): readonly Column<AdminUser>[] {
  return [
    {
      header: "Name",
      cell: (user) => (
        <>
          <span className="font-medium text-slate-900">
            <bdi>{user.full_name}</bdi>
          </span>
          <span className="mt-1 flex flex-wrap gap-1">
            {user.id === currentUserId ? <Badge tone="progress">You</Badge> : null}
            {user.is_admin ? <Badge tone="progress">Admin</Badge> : null}
          </span>
        </>
      ),
    },
    { header: "Email", className: "break-all", cell: (user) => user.email },
    {
      header: "Status",
      cell: (user) => (
        <>
          {user.is_banned ? (
            <Badge tone="danger">Banned</Badge>
          ) : (
            <Badge tone="success">Active</Badge>
          )}
          {user.is_banned && user.banned_reason ? (
            <span className="mt-1 block max-w-xs text-xs text-slate-600">
              Reason: {user.banned_reason}
            </span>
          ) : null}
        </>
      ),
    },
    {
      header: "Joined",
      className: DATE_CELL,
      cell: (user) => <DateTime iso={user.created_at} format="date" />,
    },
  ];
}

export function UsersTable({ users, currentUserId, onBan, onUnban }: UsersTableProps) {
  return (
    <AdminTable
      label="Users"
      minWidth="md:min-w-[48rem]"
      columns={columns(currentUserId)}
      rows={users}
      actionFor={(user) =>
        user.is_banned
          ? {
              label: "Unban",
              ariaLabel: `Unban ${user.full_name}`,
              onClick: () => {
                onUnban(user);
              },
            }
          : {
              label: "Ban",
              ariaLabel: `Ban ${user.full_name}`,
              onClick: () => {
                onBan(user);
              },
            }
      }
    />
  );
}
