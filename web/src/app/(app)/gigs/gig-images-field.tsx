"use client";

import { useId } from "react";

import { FileDropZone } from "@/components/files/file-drop-zone";
import { uploadHint } from "@/components/files/file-uploader";
import { UploadRow } from "@/components/files/upload-row";
import type { Uploads } from "@/components/files/use-uploads";
import { Badge } from "@/components/ui/badge";

const MOVE_BUTTON =
  "min-h-11 rounded-md px-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:text-slate-300 md:min-h-9";

export interface GigImagesFieldProps {
  images: Uploads;
  /** What the API refused about the images (422 on `image_ids`). */
  error?: string;
}

/**
 * The gig's pictures, in the order clients see them: the first is the cover (on gig cards and at
 * the top of the gig page). Order changes with buttons, which work from the keyboard and say
 * which picture they move.
 */
export function GigImagesField({ images, error }: GigImagesFieldProps) {
  const labelId = useId();
  const errorId = useId();
  const last = images.items.length - 1;
  const coverKey = images.items.find((item) => item.status !== "failed")?.key;
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={error ? errorId : undefined}
      className="space-y-2"
    >
      <p id={labelId} className="text-sm font-medium text-slate-900">
        Images (optional)
      </p>
      <p className="text-sm text-slate-500">
        The first image is the cover, shown on gig cards. Clients see the rest on the gig page.
      </p>
      {images.items.length > 0 ? (
        <ol aria-label="Gig images, in order" className="space-y-2">
          {images.items.map((item, index) => (
            <li key={item.key} className="space-y-1">
              {item.key === coverKey ? <Badge tone="success">Cover</Badge> : null}
              <UploadRow item={item} onRemove={images.remove}>
                <div className="flex shrink-0">
                  <button
                    type="button"
                    className={MOVE_BUTTON}
                    disabled={index === 0}
                    aria-label={`Move ${item.name} left`}
                    onClick={() => {
                      images.move(item.key, -1);
                    }}
                  >
                    <span aria-hidden="true">←</span>
                    <span className="sr-only sm:not-sr-only sm:ml-1">Left</span>
                  </button>
                  <button
                    type="button"
                    className={MOVE_BUTTON}
                    disabled={index === last}
                    aria-label={`Move ${item.name} right`}
                    onClick={() => {
                      images.move(item.key, 1);
                    }}
                  >
                    <span className="sr-only sm:not-sr-only sm:mr-1">Right</span>
                    <span aria-hidden="true">→</span>
                  </button>
                </div>
              </UploadRow>
            </li>
          ))}
        </ol>
      ) : null}
      <FileDropZone
        buttonLabel="Add images"
        hint={uploadHint(images)}
        imagesOnly
        multiple
        disabled={images.isFull}
        onFiles={images.add}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
