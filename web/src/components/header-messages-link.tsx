import Link from "next/link";

import { StrokeIcon } from "@/components/ui/stroke-icon";

import { UnreadMessagesCount } from "./messages/unread-messages-count";

function ChatIcon() {
  return <StrokeIcon d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12Z" />;
}

/**
 * Messages and their unread count, kept in the header on a phone where the other links sit behind
 * the menu: a new message is seen without opening it. Its name reads "Messages, 2 unread".
 */
export function HeaderMessagesLink() {
  return (
    <Link
      href="/messages"
      className="relative grid size-11 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <ChatIcon />
      <span className="sr-only">Messages</span>
      <span className="absolute -top-0.5 -right-0.5 flex">
        <UnreadMessagesCount />
      </span>
    </Link>
  );
}
