"use client";

import Image from "next/image";
import type { ReactNode } from "react";

import { fileKind, formatFileSize } from "@/lib/files/format";

import { FileIcon } from "./file-icon";
import type { UploadItem } from "./use-uploads";

const ROW_BUTTON =
  "min-h-11 shrink-0 rounded-md px-3 text-sm font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 md:min-h-9";

function Preview({ item }: { item: UploadItem }) {
  if (item.previewUrl) {
    return (
      // A blob: preview of the local file, or the stored thumbnail: nothing for the optimizer.
      <Image
        src={item.previewUrl}
        alt=""
        width={48}
        height={48}
        unoptimized
        className="size-12 shrink-0 rounded-md bg-slate-100 object-cover"
      />
    );
  }
  const kind = item.stored ? fileKind(item.stored.content_type) : "other";
  return (
    <span className="grid size-12 shrink-0 place-items-center rounded-md bg-slate-100 text-slate-500">
      <FileIcon kind={kind} />
    </span>
  );
}

export interface UploadRowProps {
  item: UploadItem;
  onRemove: (key: string) => void;
  /** Extra controls for this file (the gig form's "Move left/right"). */
  children?: ReactNode;
}

/** One file in an uploader: preview, name, size, then progress and Cancel, or Remove, or why it failed. */
export function UploadRow({ item, onRemove, children }: UploadRowProps) {
  const uploading = item.status === "uploading";
  const percent = Math.round(item.progress * 100);
  return (
    <div
      className={`flex items-center gap-3 rounded-lg border p-2 ${item.status === "failed" ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <Preview item={item} />
      <div className="min-w-0 flex-1 text-sm">
        <p className="truncate font-medium text-slate-900">
          <bdi>{item.name}</bdi>
        </p>
        {uploading ? (
          <div className="mt-1 flex items-center gap-2">
            <progress
              max={100}
              value={percent}
              aria-label={`Uploading ${item.name}`}
              className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
            />
            <span className="w-10 shrink-0 text-right text-xs tabular-nums text-slate-600">
              {percent}%
            </span>
          </div>
        ) : item.status === "failed" ? (
          <p role="alert" className="text-xs font-medium text-red-700">
            {item.error}
          </p>
        ) : (
          <p className="text-xs text-slate-500">{formatFileSize(item.size)} · Uploaded</p>
        )}
      </div>
      {children}
      <button
        type="button"
        className={ROW_BUTTON}
        aria-label={`${uploading ? "Cancel uploading" : "Remove"} ${item.name}`}
        onClick={() => {
          onRemove(item.key);
        }}
      >
        {uploading ? "Cancel" : "Remove"}
      </button>
    </div>
  );
}
