import { RelativeTime } from "@/components/ui/relative-time";

import type { OutgoingMessage } from "./use-outbox";
import { LinkifiedText } from "@/components/ui/linkified-text";

const BUBBLE =
  "max-w-[85%] rounded-2xl px-4 py-2 text-sm whitespace-pre-wrap break-words sm:max-w-[70%]";

export interface SentOrReceived {
  content: string;
  createdAt: string;
  isMine: boolean;
  authorName: string;
}

/** One stored message: mine on the right, theirs on the left; who said it is read out first. */
export function MessageBubble({ content, createdAt, isMine, authorName }: SentOrReceived) {
  return (
    <li className={`flex flex-col ${isMine ? "items-end" : "items-start"}`}>
      <p
        className={`${BUBBLE} ${isMine ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-900"}`}
      >
        <span className="sr-only">{isMine ? "You" : <bdi>{authorName}</bdi>}: </span>
        <LinkifiedText text={content} tone={isMine ? "inherit" : "brand"} />
      </p>
      <RelativeTime iso={createdAt} className="mt-1 px-1 text-xs text-slate-500" />
    </li>
  );
}

export interface OutgoingBubbleProps {
  message: OutgoingMessage;
  onRetry: (message: OutgoingMessage) => void;
  onDiscard: (message: OutgoingMessage) => void;
}

/** A message still on its way ("Sending…"), or one that failed, with why and a Retry. */
export function OutgoingBubble({ message, onRetry, onDiscard }: OutgoingBubbleProps) {
  const failed = message.status === "failed";
  return (
    <li className="flex flex-col items-end">
      <p
        className={`${BUBBLE} ${failed ? "border border-red-300 bg-red-50 text-red-950" : "bg-brand-600/70 text-white"}`}
      >
        <span className="sr-only">You: </span>
        {message.content}
      </p>
      {failed ? (
        <div className="mt-1 flex flex-wrap items-center justify-end gap-x-3 gap-y-1 px-1 text-xs">
          <span role="alert" className="font-medium text-red-700">
            Failed to send. {message.error}
          </span>
          <button
            type="button"
            onClick={() => {
              onRetry(message);
            }}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            Retry
          </button>
          <button
            type="button"
            onClick={() => {
              onDiscard(message);
            }}
            className="text-slate-600 underline underline-offset-2"
          >
            Discard
          </button>
        </div>
      ) : (
        <span className="mt-1 px-1 text-xs text-slate-500">Sending…</span>
      )}
    </li>
  );
}
