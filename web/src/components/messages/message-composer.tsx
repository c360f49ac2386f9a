"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/ui/button";
import { isolate } from "@/lib/format/isolate";
import { MAX_MESSAGE_LENGTH } from "@/queries/messages";

const composerSchema = z.object({
  content: z
    .string()
    .trim()
    .min(1, "Write something first")
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
  onSend: (content: string) => void;
}

/**
 * Enter sends, Shift+Enter starts a new line (and Enter while an input method is composing a
 * character does neither). The box clears at once: the message shows in the thread as sending.
 */
export function MessageComposer({ recipientName, onSend }: MessageComposerProps) {
  const fieldId = useId();
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const { register, handleSubmit, reset, control, formState } = useForm<ComposerValues>({
    resolver: zodResolver(composerSchema),
    defaultValues: { content: "" },
  });
  const length = useWatch({ control, name: "content" }).length;
  const error = formState.errors.content?.message;

  const submit = handleSubmit(({ content }) => {
    onSend(content);
    reset({ content: "" });
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="border-t border-slate-200 bg-white p-3 sm:p-4"
    >
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
        <Button type="submit">Send</Button>
      </div>
      <div className="mt-1 flex justify-between gap-2 text-xs text-slate-500">
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
