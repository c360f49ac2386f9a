"use client";

import { useCallback, useState } from "react";

import type { StoredFile } from "@/lib/api/types";
import { sendErrorMessage } from "@/lib/messages/send-error";
import { useSendMessage } from "@/queries/messages";

/** A message on its way: shown at once at the bottom of the thread, marked until it is stored. */
export interface OutgoingMessage {
  localId: string;
  content: string;
  /** Uploaded already; the message attaches them by id. */
  files: StoredFile[];
  status: "sending" | "failed";
  error: string | null;
}

let lastLocalId = 0;

/**
 * Optimistic sending. Each message is shown immediately; on success the server's copy takes its
 * place in the conversation cache (`useSendMessage`), on failure it stays with the reason and a
 * Retry. Kept per conversation view: leaving the page discards what failed.
 */
export function useOutbox({ receiverId, orderId }: { receiverId: string; orderId?: string }) {
  const sendMessage = useSendMessage();
  const { mutateAsync } = sendMessage;
  const [outgoing, setOutgoing] = useState<OutgoingMessage[]>([]);

  const deliver = useCallback(
    async (localId: string, content: string, files: StoredFile[]) => {
      try {
        await mutateAsync({
          receiverId,
          content,
          orderId,
          fileIds: files.map((file) => file.id),
        });
        setOutgoing((list) => list.filter((message) => message.localId !== localId));
      } catch (error) {
        setOutgoing((list) =>
          list.map((message) =>
            message.localId === localId
              ? { ...message, status: "failed", error: sendErrorMessage(error) }
              : message,
          ),
        );
      }
    },
    [mutateAsync, receiverId, orderId],
  );

  const send = useCallback(
    (content: string, files: StoredFile[] = []) => {
      lastLocalId += 1;
      const localId = `local-${lastLocalId}`;
      setOutgoing((list) => [...list, { localId, content, files, status: "sending", error: null }]);
      void deliver(localId, content, files);
    },
    [deliver],
  );

  const retry = useCallback(
    (message: OutgoingMessage) => {
      setOutgoing((list) =>
        list.map((item) =>
          item.localId === message.localId ? { ...item, status: "sending", error: null } : item,
        ),
      );
      void deliver(message.localId, message.content, message.files);
    },
    [deliver],
  );

  const discard = useCallback((message: OutgoingMessage) => {
    setOutgoing((list) => list.filter((item) => item.localId !== message.localId));
  }, []);

  return { outgoing, send, retry, discard };
}
