import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import type { AdminUser } from "@/lib/api/types";

interface UsersTableProps {
  users: AdminUser[];
  /** The signed-in admin, marked "You" (the API refuses to let them ban themselves). */
  currentUserId: string | undefined;
  onBan: (user: AdminUser) => void;
  onUnban: (user: AdminUser) => void;
}

export function UsersTable({ users, currentUserId, onBan, onUnban }: UsersTableProps) {
  return (
    <DataTable label="Users" minWidth="min-w-[48rem]">
      <thead>
        <tr>
          <HeaderCell>Name</HeaderCell>
          <HeaderCell>Email</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Joined</HeaderCell>
          <HeaderCell>
            <span className="sr-only">Actions</span>
          </HeaderCell>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {users.map((user) => (
          <tr key={user.id}>
            <Cell>
              <span className="font-medium text-slate-900">{user.full_name}</span>
              <span className="mt-1 flex flex-wrap gap-1">
                {user.id === currentUserId ? <Badge tone="progress">You</Badge> : null}
                {user.is_admin ? <Badge tone="progress">Admin</Badge> : null}
              </span>
            </Cell>
            <Cell className="break-all">{user.email}</Cell>
            <Cell>
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
            </Cell>
            <Cell className="whitespace-nowrap">
              <DateTime iso={user.created_at} format="date" />
            </Cell>
            <Cell className="text-right">
              {user.is_banned ? (
                <Button
                  variant="secondary"
                  aria-label={`Unban ${user.full_name}`}
                  onClick={() => {
                    onUnban(user);
                  }}
                >
                  Unban
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={`Ban ${user.full_name}`}
                  onClick={() => {
                    onBan(user);
                  }}
                >
                  Ban
                </Button>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
