"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { useRealtimeStatus } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import type { Notification } from "@/lib/api/types";
import { describeNotification } from "@/lib/realtime/describe";
import {
  notificationQueries,
  useMarkAllNotificationsRead,
  useMarkNotificationsRead,
} from "@/queries/notifications";

function NotificationRow({ item, onNavigate }: { item: Notification; onNavigate: () => void }) {
  const summary = describeNotification(item);
  const isUnread = item.read_at === null;
  const markRead = useMarkNotificationsRead();
  // Following a notification is reading it; recorded on the server, so it stays read after a reload.
  const open = () => {
    if (isUnread) markRead.mutate({ ids: [item.id] });
    onNavigate();
  };
  const content = (
    <span className="flex items-start gap-2">
      {isUnread ? (
        <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600" />
      ) : null}
      <span className="min-w-0 flex-1">
        <span className={`block text-sm ${isUnread ? "font-semibold" : "font-medium"}`}>
          {isUnread ? <span className="sr-only">Unread: </span> : null}
          {summary.title}
        </span>
        {summary.body ? (
          <span className="mt-0.5 block truncate text-sm text-slate-600">{summary.body}</span>
        ) : null}
        <RelativeTime iso={item.created_at} className="mt-0.5 block text-xs text-slate-500" />
      </span>
    </span>
  );
  const rowClasses = "block px-4 py-3";
  return (
    <li className={isUnread ? "bg-brand-50/50" : undefined}>
      {summary.href ? (
        <Link href={summary.href} onClick={open} className={`${rowClasses} hover:bg-slate-50`}>
          {content}
        </Link>
      ) : (
        <div className={rowClasses}>{content}</div>
      )}
    </li>
  );
}

function ConnectionNotice() {
  const status = useRealtimeStatus();
  if (status !== "reconnecting") return null;
  return (
    <p className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-xs text-amber-900">
      Live updates paused; reconnecting. Nothing will be missed.
    </p>
  );
}

export interface NotificationsPanelProps {
  id: string;
  hidden: boolean;
  onNavigate: () => void;
}

/** The panel of the notifications menu: latest first, with "Mark all read". */
export function NotificationsPanel({ id, hidden, onNavigate }: NotificationsPanelProps) {
  const { data, isPending, isError, refetch } = useQuery(notificationQueries.latest());
  const markAllRead = useMarkAllNotificationsRead();
  const newestId = data?.items[0]?.id;
  const unread = data?.unread_count ?? 0;

  return (
    <div
      id={id}
      hidden={hidden}
      role="region"
      aria-label="Notifications"
      // Phones: the whole width under the header, whatever the bell's position; wider: below it.
      className="fixed inset-x-2 top-24 z-40 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xl sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-96"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
        <h2 className="text-sm font-semibold">Notifications</h2>
        <Button
          variant="ghost"
          className="px-2 py-1 text-xs"
          disabled={unread === 0 || newestId === undefined}
          isLoading={markAllRead.isPending}
          onClick={() => {
            if (newestId !== undefined) markAllRead.mutate(newestId);
          }}
        >
          Mark all read
        </Button>
      </div>
      <ConnectionNotice />
      {markAllRead.isError ? (
        <p role="alert" className="px-4 py-2 text-xs text-red-700">
          Could not mark them read. Please try again.
        </p>
      ) : null}
      <div className="max-h-[min(28rem,70dvh)] overflow-y-auto">
        {isPending ? (
          <div aria-busy="true" className="space-y-3 p-4">
            <span className="sr-only">Loading notifications…</span>
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : isError ? (
          <div className="space-y-2 p-4 text-sm">
            <p>We could not load your notifications.</p>
            <Button variant="secondary" onClick={() => void refetch()}>
              Try again
            </Button>
          </div>
        ) : data.items.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">
            You&apos;re all caught up. Order updates will show up here; new messages are counted
            next to Messages.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.items.map((item) => (
              <NotificationRow key={item.id} item={item} onNavigate={onNavigate} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
