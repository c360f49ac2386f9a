"use client";

import { useId } from "react";

import { formatFileSize } from "@/lib/files/format";
import { ALLOWED_TYPES_TEXT, MAX_FILE_BYTES } from "@/lib/files/limits";

import { FileDropZone } from "./file-drop-zone";
import { UploadRow } from "./upload-row";
import type { Uploads } from "./use-uploads";

/** "Up to 10 files, 10 MB each: PNG, JPEG, …" */
export function uploadHint(uploads: Pick<Uploads, "max" | "imagesOnly">): string {
  const count = uploads.max === 1 ? "One file" : `Up to ${uploads.max} files`;
  const types = uploads.imagesOnly ? "PNG, JPEG, WebP or GIF" : ALLOWED_TYPES_TEXT;
  return `${count}, ${formatFileSize(MAX_FILE_BYTES)} each: ${types}.`;
}

export interface FileUploaderProps {
  uploads: Uploads;
  /** The group's name ("Files for the client"). */
  label: string;
  buttonLabel?: string;
}

/**
 * A labelled group: the drop zone with its picker, then each file with its progress, Cancel or
 * Remove, and its error. A form using it sends `uploads.stored` and waits while `isUploading`.
 */
export function FileUploader({ uploads, label, buttonLabel = "Add files" }: FileUploaderProps) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="space-y-2">
      <p id={labelId} className="text-sm font-medium text-slate-900">
        {label}
      </p>
      <FileDropZone
        buttonLabel={buttonLabel}
        hint={uploadHint(uploads)}
        imagesOnly={uploads.imagesOnly}
        multiple={uploads.max > 1}
        disabled={uploads.isFull}
        onFiles={uploads.add}
      />
      <UploadList uploads={uploads} />
    </div>
  );
}

/** The files of an uploader, in order. */
export function UploadList({ uploads }: { uploads: Uploads }) {
  if (uploads.items.length === 0) return null;
  return (
    <ul className="space-y-2">
      {uploads.items.map((item) => (
        <li key={item.key}>
          <UploadRow item={item} onRemove={uploads.remove} />
        </li>
      ))}
    </ul>
  );
}

/** Beside a submit button that waits: says why it waits. */
export function UploadsPendingNote({ uploads }: { uploads: Uploads }) {
  return (
    <p role="status" className="text-sm text-slate-600">
      {uploads.isUploading ? "Waiting for the files to finish uploading…" : ""}
    </p>
  );
}
