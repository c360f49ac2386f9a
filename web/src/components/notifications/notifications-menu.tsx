"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useId, useRef, useState } from "react";

import { CountBadge } from "@/components/ui/count-badge";
import { StrokeIcon } from "@/components/ui/stroke-icon";
import { useDismiss } from "@/components/ui/use-dismiss";
import { notificationQueries } from "@/queries/notifications";

import { NotificationsPanel } from "./notifications-panel";

function BellIcon() {
  return <StrokeIcon d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />;
}

/**
 * The bell in the header: a disclosure button (aria-expanded) opening a panel of the latest
 * notifications with links, rather than an ARIA menu — its content is links and a button, read
 * and tabbed through normally. Escape or a click outside closes it and focus returns to the bell.
 */
export function NotificationsMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { data } = useQuery(notificationQueries.latest());
  const unread = data?.unread_count ?? 0;

  const close = useCallback(() => {
    setIsOpen(false);
  }, []);
  useDismiss(isOpen, close, { root: rootRef, button: buttonRef });

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
        className="relative grid size-11 place-items-center md:size-10 rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      >
        <BellIcon />
        <CountBadge count={unread} className="absolute -top-0.5 -right-0.5" />
      </button>
      <NotificationsPanel
        id={panelId}
        hidden={!isOpen}
        onNavigate={() => {
          setIsOpen(false);
        }}
      />
    </div>
  );
}
