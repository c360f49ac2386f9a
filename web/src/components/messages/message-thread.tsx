"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import type { Message } from "@/lib/api/types";

import { MessageBubble, OutgoingBubble } from "./message-bubble";
import type { OutgoingMessage } from "./use-outbox";

/** Within this distance of the bottom, a new message scrolls into view by itself. */
const NEAR_BOTTOM_PX = 120;

export interface MessageThreadProps {
  /** Names the log for screen readers ("Conversation with Ada Lovelace"). */
  label: string;
  /** Oldest first. */
  messages: Message[];
  meId: string;
  otherName: string;
  outgoing: OutgoingMessage[];
  onRetry: (message: OutgoingMessage) => void;
  onDiscard: (message: OutgoingMessage) => void;
  hasOlder: boolean;
  isLoadingOlder: boolean;
  onLoadOlder: () => void;
  emptyText: ReactNode;
}

function isNearBottom(box: HTMLElement): boolean {
  return box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM_PX;
}

/**
 * The messages, newest at the bottom, in a scrolling `role="log"` (new entries are announced
 * politely). It follows new messages when the reader is at the bottom or sent one; otherwise it
 * offers "Jump to the newest". Loading older messages keeps the ones on screen where they were.
 */
export function MessageThread(props: MessageThreadProps) {
  const { messages, outgoing } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);
  const seen = useRef({ oldest: "", newest: "", height: 0 });
  const [hasNewBelow, setHasNewBelow] = useState(false);

  const oldest = messages[0]?.id ?? "";
  const lastOutgoing = outgoing.at(-1);
  const newest = lastOutgoing?.localId ?? messages.at(-1)?.id ?? "";
  const newestIsMine = lastOutgoing !== undefined || messages.at(-1)?.sender_id === props.meId;

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const before = seen.current;
    if (newest !== before.newest) {
      if (followRef.current || newestIsMine || before.newest === "") {
        box.scrollTop = box.scrollHeight;
        followRef.current = true;
      } else {
        setHasNewBelow(true);
      }
    } else if (oldest !== before.oldest && before.height > 0) {
      box.scrollTop += box.scrollHeight - before.height; // older page added above
    }
    seen.current = { oldest, newest, height: box.scrollHeight };
  }, [oldest, newest, newestIsMine]);

  function jumpToNewest() {
    const box = boxRef.current;
    if (box) box.scrollTop = box.scrollHeight;
    followRef.current = true;
    setHasNewBelow(false);
  }

  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={boxRef}
        onScroll={(event) => {
          followRef.current = isNearBottom(event.currentTarget);
          if (followRef.current) setHasNewBelow(false);
        }}
        // The log is the scrolling box itself: keyboard users can focus it to scroll, and the
        // list inside keeps its list semantics (a role on the <ol> would replace them).
        role="log"
        aria-label={props.label}
        tabIndex={0}
        className="h-full overflow-y-auto px-3 py-4 sm:px-4"
      >
        {props.hasOlder ? (
          <div className="mb-4 flex justify-center">
            <Button
              variant="secondary"
              isLoading={props.isLoadingOlder}
              onClick={props.onLoadOlder}
            >
              Load older messages
            </Button>
          </div>
        ) : null}
        {messages.length === 0 && outgoing.length === 0 ? (
          <p className="py-8 text-center text-sm text-slate-600">{props.emptyText}</p>
        ) : null}
        <ol className="space-y-3">
          {messages.map((message) => (
            <MessageBubble
              key={message.id}
              content={message.content}
              files={message.files}
              createdAt={message.created_at}
              isMine={message.sender_id === props.meId}
              authorName={props.otherName}
            />
          ))}
          {outgoing.map((message) => (
            <OutgoingBubble
              key={message.localId}
              message={message}
              onRetry={props.onRetry}
              onDiscard={props.onDiscard}
            />
          ))}
        </ol>
      </div>
      {hasNewBelow ? (
        <Button
          variant="secondary"
          onClick={jumpToNewest}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 shadow-md"
        >
          New messages below
        </Button>
      ) : null}
    </div>
  );
}
