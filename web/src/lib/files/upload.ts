import type { UploadedFile } from "../api/types";
import { uploadErrorMessage } from "./upload-errors";

/** The browser's path of POST /files (the same-origin rewrite, so the cookie goes along). */
export const UPLOAD_PATH = "/api/v1/files";

/** An upload the API refused, or one that never got an answer (status 0). */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** The person cancelled it: not an error to show. */
export class UploadCancelled extends Error {
  constructor() {
    super("Upload cancelled");
    this.name = "UploadCancelled";
  }
}

export interface RunningUpload {
  done: Promise<UploadedFile>;
  cancel: () => void;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends one file as the multipart field `file`. XMLHttpRequest rather than fetch: only it reports
 * how much of the body has gone (`upload.onprogress`), which the progress bar shows.
 */
export function startUpload(file: File, onProgress: (fraction: number) => void): RunningUpload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body !== null) {
        onProgress(1);
        resolve(body as UploadedFile);
        return;
      }
      const code = (body as { code?: unknown } | null)?.code;
      reject(
        new UploadError(
          xhr.status,
          typeof code === "string" ? code : null,
          uploadErrorMessage(xhr.status, body),
        ),
      );
    };
    xhr.onerror = () => {
      reject(new UploadError(0, null, uploadErrorMessage(0, null)));
    };
    xhr.onabort = () => {
      reject(new UploadCancelled());
    };
  });
  xhr.open("POST", UPLOAD_PATH);
  xhr.withCredentials = true;
  xhr.setRequestHeader("Accept", "application/json");
  const form = new FormData();
  form.append("file", file, file.name);
  xhr.send(form);
  return {
    done,
    cancel: () => {
      xhr.abort();
    },
  };
}
