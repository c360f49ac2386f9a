"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import type { StoredFile } from "@/lib/api/types";
import { precheckFiles, type PickRules } from "@/lib/files/checks";
import { isImageType } from "@/lib/files/limits";
import { startUpload, UploadCancelled, UploadError } from "@/lib/files/upload";

/** One file of an uploader: on its way, stored, or refused (with why). */
export interface UploadItem {
  key: string;
  name: string;
  size: number;
  status: "uploading" | "done" | "failed";
  /** 0 to 1, while uploading. */
  progress: number;
  /** An image's preview: the local file's object URL, or a stored file's thumbnail. */
  previewUrl: string | null;
  error: string | null;
  /** Once stored: what to attach by id. */
  stored: StoredFile | null;
}

let lastKey = 0;
function nextKey(): string {
  lastKey += 1;
  return `upload-${lastKey}`;
}

function itemOf(file: StoredFile): UploadItem {
  return {
    key: file.id,
    name: file.name,
    size: file.size,
    status: "done",
    progress: 1,
    previewUrl: file.thumbnail_url,
    error: null,
    stored: file,
  };
}

export interface UploadsOptions extends PickRules {
  /** Files already attached (a gig's images when editing), shown as stored. */
  initial?: readonly StoredFile[];
}

/**
 * The state of an uploader: files start uploading as soon as they are picked (each with its own
 * request, progress and Cancel); files that cannot go are refused on the spot. Local previews are
 * object URLs, revoked when their file leaves the list or the uploader goes away; leaving also
 * cancels what is still uploading.
 */
export function useUploads({ max, imagesOnly, initial }: UploadsOptions) {
  const [items, setItems] = useState<UploadItem[]>(() => (initial ?? []).map(itemOf));
  const cancels = useRef(new Map<string, () => void>());
  const objectUrls = useRef(new Map<string, string>());

  useEffect(() => {
    const running = cancels.current;
    const urls = objectUrls.current;
    return () => {
      for (const cancel of running.values()) cancel();
      for (const url of urls.values()) URL.revokeObjectURL(url);
      running.clear();
      urls.clear();
    };
  }, []);

  const patch = useCallback((key: string, changes: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  const forget = useCallback((key: string) => {
    cancels.current.get(key)?.();
    cancels.current.delete(key);
    const url = objectUrls.current.get(key);
    if (url) URL.revokeObjectURL(url);
    objectUrls.current.delete(key);
  }, []);

  const upload = useCallback(
    (key: string, file: File) => {
      const running = startUpload(file, (progress) => {
        patch(key, { progress });
      });
      cancels.current.set(key, running.cancel);
      running.done.then(
        (stored) => {
          cancels.current.delete(key);
          patch(key, { status: "done", progress: 1, stored });
        },
        (error: unknown) => {
          cancels.current.delete(key);
          if (error instanceof UploadCancelled) return; // removed from the list already
          const message =
            error instanceof UploadError ? error.message : "Not uploaded. Please try again.";
          patch(key, { status: "failed", error: message });
        },
      );
    },
    [patch],
  );

  const taken = items.filter((item) => item.status !== "failed").length;

  const add = useCallback(
    (files: readonly File[]) => {
      const verdicts = precheckFiles(files, taken, { max, imagesOnly });
      const added = verdicts.map(({ file, error }): UploadItem => {
        const key = nextKey();
        let previewUrl: string | null = null;
        if (!error && isImageType(file.type)) {
          previewUrl = URL.createObjectURL(file);
          objectUrls.current.set(key, previewUrl);
        }
        return {
          key,
          name: file.name,
          size: file.size,
          status: error ? "failed" : "uploading",
          progress: 0,
          previewUrl,
          error,
          stored: null,
        };
      });
      setItems((list) => [...list, ...added]);
      verdicts.forEach(({ file, error }, index) => {
        const item = added[index];
        if (!error && item) upload(item.key, file);
      });
    },
    [taken, max, imagesOnly, upload],
  );

  /** Cancel (while uploading) and remove are the same move: the file leaves the list. */
  const remove = useCallback(
    (key: string) => {
      forget(key);
      setItems((list) => list.filter((item) => item.key !== key));
    },
    [forget],
  );

  const move = useCallback((key: string, by: -1 | 1) => {
    setItems((list) => {
      const from = list.findIndex((item) => item.key === key);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      const [moved] = next.splice(from, 1);
      if (moved) next.splice(to, 0, moved);
      return next;
    });
  }, []);

  /** After the files were sent along (a message): start afresh. */
  const clear = useCallback(() => {
    for (const key of [...cancels.current.keys(), ...objectUrls.current.keys()]) forget(key);
    setItems([]);
  }, [forget]);

  const stored = useMemo(
    () => items.flatMap((item) => (item.stored ? [item.stored] : [])),
    [items],
  );

  return {
    items,
    add,
    remove,
    move,
    clear,
    /** In list order. */
    stored,
    isUploading: items.some((item) => item.status === "uploading"),
    hasFailed: items.some((item) => item.status === "failed"),
    isFull: taken >= max,
    max,
    imagesOnly: Boolean(imagesOnly),
  };
}

export type Uploads = ReturnType<typeof useUploads>;
