"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

/**
 * Two panes from tablet width up; on phones the inbox and the open conversation are separate
 * screens (the conversation has a link back).
 */
export function MessagesShell({ inbox, children }: { inbox: ReactNode; children: ReactNode }) {
  const inConversation = useSelectedLayoutSegment() !== null;
  return (
    <div>
      <h1
        className={`text-3xl font-bold tracking-tight ${inConversation ? "sr-only md:not-sr-only" : ""}`}
      >
        Messages
      </h1>
      <div className="mt-0 flex h-[calc(100dvh-11rem)] min-h-[26rem] overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:mt-6 md:h-[calc(100dvh-15rem)]">
        <aside
          aria-label="Conversations"
          className={`${inConversation ? "hidden" : "flex"} w-full min-w-0 flex-col md:flex md:w-80 md:shrink-0 md:border-r md:border-slate-200`}
        >
          {inbox}
        </aside>
        <div className={`${inConversation ? "flex" : "hidden"} min-w-0 flex-1 flex-col md:flex`}>
          {children}
        </div>
      </div>
    </div>
  );
}
