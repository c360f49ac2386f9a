"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import "@/lib/zod-config";

import { FileUploader, UploadsPendingNote } from "@/components/files/file-uploader";
import { useUploads } from "@/components/files/use-uploads";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-field";
import { splitApiErrors } from "@/lib/api/errors";
import { maxLengthFor, type ActionCopy, type ActionInput } from "@/lib/orders/vocabulary";

interface ActionValues {
  text: string;
}

function schemaFor(input: ActionInput) {
  const max = maxLengthFor(input);
  const text = z.string().trim().max(max, `Use at most ${max} characters.`);
  if (input.kind === "text" && input.required) {
    return z.object({ text: text.min(1, `${input.label} is required.`) });
  }
  return z.object({ text });
}

export interface ActionFormProps {
  copy: ActionCopy;
  isPending: boolean;
  onCancel: () => void;
  /**
   * Resolves when done; rejects with the API's error when the input itself was refused (422).
   * `fileIds`: the uploaded files, for an action that takes attachments.
   */
  onConfirm: (text: string, fileIds: string[]) => Promise<void>;
}

/** The inside of a confirmation dialog: the reason or note the action takes, then confirm or cancel. */
export function ActionForm({ copy, isPending, onCancel, onConfirm }: ActionFormProps) {
  const { input, attachments } = copy;
  // Always called (hooks cannot be conditional); only an action with attachments shows it.
  const uploads = useUploads({ max: attachments?.max ?? 0 });
  const schema = useMemo(() => schemaFor(input), [input]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ActionValues>({ resolver: zodResolver(schema), defaultValues: { text: "" } });

  async function onSubmit(values: ActionValues) {
    try {
      await onConfirm(
        values.text,
        uploads.stored.map((file) => file.id),
      );
    } catch (error) {
      if (input.kind !== "text") return;
      const { fieldErrors, formError } = splitApiErrors(error, [input.name, "file_ids"]);
      if (fieldErrors.file_ids) {
        setError("text", { message: fieldErrors.file_ids });
        return;
      }
      setError("text", { message: fieldErrors[input.name] ?? formError ?? undefined });
    }
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      {input.kind === "text" ? (
        <TextAreaField
          label={input.label}
          hint={input.hint || undefined}
          maxLength={maxLengthFor(input)}
          required={input.required}
          error={errors.text?.message}
          {...register("text")}
        />
      ) : null}
      {attachments ? <FileUploader uploads={uploads} label={attachments.label} /> : null}
      {attachments ? <UploadsPendingNote uploads={uploads} /> : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={isPending}>
          Go back
        </Button>
        <SubmitButton
          variant={copy.tone === "danger" ? "danger" : "primary"}
          isLoading={isPending}
          // Waits for the uploads: sending now would leave the files out.
          disabled={uploads.isUploading}
        >
          {copy.confirm}
        </SubmitButton>
      </div>
    </form>
  );
}
