/**
 * What the API accepts as an upload (DESIGN §12, api/app/files), checked in the browser first so
 * nobody waits for a 10 MB upload to be refused. The API stays the authority: it reads the type
 * from the bytes, which the browser cannot.
 */

/** 10 MiB, the API's MAX_FILE_BYTES. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** How many files each place takes (api/app/files/schemas.py). */
export const MAX_FILES = {
  delivery: 10,
  message: 10,
  paymentProof: 5,
  gigImages: 6,
} as const;

/** The image types the API keeps as images (and makes thumbnails of). */
export const IMAGE_TYPES: readonly string[] = [
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/gif",
];

/** For `<input accept>` where only an image will do (gig images, avatars). */
export const IMAGE_ACCEPT = IMAGE_TYPES.join(",");

/** The API's own list, in its words, for hints. */
export const ALLOWED_TYPES_TEXT = "PNG, JPEG, WebP, GIF, PDF, ZIP or plain text";

export function isImageType(contentType: string): boolean {
  // Stored text is "text/plain; charset=utf-8": compare the type without its parameters.
  return IMAGE_TYPES.includes(contentType.split(";")[0]?.trim().toLowerCase() ?? "");
}
