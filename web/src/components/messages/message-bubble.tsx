import { FileChipList } from "@/components/files/file-chip";
import { LinkifiedText } from "@/components/ui/linkified-text";
import { RelativeTime } from "@/components/ui/relative-time";
import type { StoredFile } from "@/lib/api/types";

import type { OutgoingMessage } from "./use-outbox";

const BUBBLE =
  "max-w-[85%] rounded-2xl px-4 py-2 text-sm whitespace-pre-wrap break-words sm:max-w-[70%]";

export interface SentOrReceived {
  content: string;
  files: readonly StoredFile[];
  createdAt: string;
  isMine: boolean;
  authorName: string;
}

/** One stored message: mine on the right, theirs on the left; who said it is read out first. */
export function MessageBubble({ content, files, createdAt, isMine, authorName }: SentOrReceived) {
  const who = <span className="sr-only">{isMine ? "You" : <bdi>{authorName}</bdi>}: </span>;
  return (
    <li className={`flex flex-col ${isMine ? "items-end" : "items-start"}`}>
      {content ? (
        <p
          className={`${BUBBLE} ${isMine ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-900"}`}
        >
          {who}
          <LinkifiedText text={content} tone={isMine ? "inherit" : "brand"} />
        </p>
      ) : (
        // A message of files only: who sent them is still read first.
        who
      )}
      <MessageFiles files={files} isMine={isMine} authorName={authorName} />
      <RelativeTime iso={createdAt} className="mt-1 px-1 text-xs text-slate-500" />
    </li>
  );
}

export interface OutgoingBubbleProps {
  message: OutgoingMessage;
  onRetry: (message: OutgoingMessage) => void;
  onDiscard: (message: OutgoingMessage) => void;
}

/** The files of a message, under its text, on the sender's side. */
function MessageFiles({
  files,
  isMine,
  authorName,
}: {
  files: readonly StoredFile[];
  isMine: boolean;
  authorName: string;
}) {
  return (
    <FileChipList
      files={files}
      label={isMine ? "Files you sent" : `Files from ${authorName}`}
      className={`mt-1 max-w-[85%] sm:max-w-[70%] ${isMine ? "justify-end" : ""}`}
    />
  );
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
        {message.content ||
          `${message.files.length} ${message.files.length === 1 ? "file" : "files"}`}
      </p>
      <MessageFiles files={message.files} isMine authorName="" />
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
