import { formatFileSize } from "./format";
import { isImageType, MAX_FILE_BYTES } from "./limits";

/** What the browser knows of a picked file before uploading it. */
export interface PickedFile {
  name: string;
  size: number;
  /** The browser's guess from the name; may be "" (the API reads the bytes). */
  type: string;
}

export interface PickRules {
  /** At most this many files in all, counting those already there. */
  max: number;
  /** Only images (gig images, avatars). */
  imagesOnly?: boolean;
}

/** Why a file will not be uploaded, before trying; null when it may go. */
export function precheckFile(file: PickedFile, rules: PickRules): string | null {
  if (file.size === 0) return "This file is empty.";
  if (file.size > MAX_FILE_BYTES) {
    const size = formatFileSize(file.size);
    const limit = formatFileSize(MAX_FILE_BYTES);
    // Rounded, a file a little over the limit reads as the limit itself: say "just over" instead.
    return size === limit
      ? `This file is just over the ${limit} limit.`
      : `This file is ${size}, over the ${limit} limit.`;
  }
  if (rules.imagesOnly && !isImageType(file.type)) {
    return "Only images can be used here: PNG, JPEG, WebP or GIF.";
  }
  return null;
}

export interface PickVerdict<F extends PickedFile> {
  file: F;
  /** null: upload it. */
  error: string | null;
}

/**
 * Each picked file with the reason it cannot go, if any. `taken` is how many files are already
 * there (uploading or uploaded); files past the limit are refused, in the order they were picked.
 */
export function precheckFiles<F extends PickedFile>(
  files: readonly F[],
  taken: number,
  rules: PickRules,
): PickVerdict<F>[] {
  let room = Math.max(0, rules.max - taken);
  return files.map((file) => {
    const error = precheckFile(file, rules);
    if (error) return { file, error };
    if (room === 0) return { file, error: tooManyMessage(rules.max) };
    room -= 1;
    return { file, error: null };
  });
}

export function tooManyMessage(max: number): string {
  return max === 1 ? "Only one file can be added here." : `At most ${max} files can be added here.`;
}
