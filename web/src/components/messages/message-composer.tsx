"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";

import "@/lib/zod-config";

import { FileDropZone } from "@/components/files/file-drop-zone";
import { uploadHint, UploadList } from "@/components/files/file-uploader";
import { useUploads } from "@/components/files/use-uploads";
import { Button } from "@/components/ui/button";
import type { StoredFile } from "@/lib/api/types";
import { MAX_FILES } from "@/lib/files/limits";
import { isolate } from "@/lib/format/isolate";
import { MAX_MESSAGE_LENGTH } from "@/queries/messages";

// Empty text is fine when files go along; `submit` checks that one of the two is there.
const composerSchema = z.object({
  content: z
    .string()
    .trim()
    .max(
      MAX_MESSAGE_LENGTH,
      `A message can be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en-US")} characters`,
    ),
});
type ComposerValues = z.infer<typeof composerSchema>;

/** The counter appears when the limit comes into sight. */
const SHOW_COUNT_FROM = MAX_MESSAGE_LENGTH - 500;

export interface MessageComposerProps {
  recipientName: string;
  onSend: (content: string, files: StoredFile[]) => void;
}

/**
 * Enter sends, Shift+Enter starts a new line (and Enter while an input method is composing a
 * character does neither). Files are uploaded as soon as they are attached; sending waits for
 * them. The box clears at once: the message shows in the thread as sending.
 */
export function MessageComposer({ recipientName, onSend }: MessageComposerProps) {
  const fieldId = useId();
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const attachments = useUploads({ max: MAX_FILES.message });
  const { register, handleSubmit, reset, setError, control, formState } = useForm<ComposerValues>({
    resolver: zodResolver(composerSchema),
    defaultValues: { content: "" },
  });
  const length = useWatch({ control, name: "content" }).length;
  const error = formState.errors.content?.message;

  const submit = handleSubmit(({ content }) => {
    if (attachments.isUploading) {
      setError("content", { message: "Wait for the files to finish uploading" });
      return;
    }
    if (content === "" && attachments.stored.length === 0) {
      setError("content", { message: "Write something or attach a file first" });
      return;
    }
    onSend(content, attachments.stored);
    reset({ content: "" });
    attachments.clear();
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      // Files dropped anywhere on the composer are attached.
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        if (!attachments.isFull) attachments.add(Array.from(event.dataTransfer.files));
      }}
      className="border-t border-slate-200 bg-white p-3 sm:p-4"
    >
      {attachments.items.length > 0 ? (
        <div className="mb-2 max-h-40 overflow-y-auto">
          <UploadList uploads={attachments} />
        </div>
      ) : null}
      <label htmlFor={fieldId} className="sr-only">
        Message <bdi>{recipientName}</bdi>
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id={fieldId}
          rows={2}
          maxLength={MAX_MESSAGE_LENGTH}
          placeholder={`Message ${isolate(recipientName)}…`}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          className="block max-h-40 min-h-11 w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-400 sm:text-sm"
          {...register("content")}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <Button type="submit" disabled={attachments.isUploading}>
          Send
        </Button>
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <FileDropZone
          compact
          buttonLabel="Attach files"
          hint={uploadHint(attachments)}
          imagesOnly={false}
          multiple
          disabled={attachments.isFull}
          onFiles={attachments.add}
        />
        <p id={hintId}>Enter to send, Shift+Enter for a new line.</p>
        {length >= SHOW_COUNT_FROM ? (
          <p aria-live="polite">
            {length.toLocaleString("en-US")} / {MAX_MESSAGE_LENGTH.toLocaleString("en-US")}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
