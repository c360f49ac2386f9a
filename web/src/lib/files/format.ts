import { isImageType } from "./limits";

const UNITS = ["KB", "MB", "GB"] as const;

/**
 * A size as people read it: "512 bytes", "2.4 MB", "10 MB". Powers of 1024 (what the 10 MiB
 * limit is counted in), one decimal below ten units, none above, no trailing ".0".
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${Math.round(bytes)} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.96 KB rounds to 1024 KB: say 1 MB instead.
  if (rounded >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${String(rounded)} ${UNITS[unit]}`;
}

/** What a file is, for its icon and how it opens. */
export type FileKind = "image" | "pdf" | "archive" | "text" | "other";

export function fileKind(contentType: string): FileKind {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (isImageType(type)) return "image";
  if (type === "application/pdf") return "pdf";
  if (type === "application/zip") return "archive";
  if (type.startsWith("text/")) return "text";
  return "other";
}

/** Read out with a chip's link: "report.pdf, PDF, 2.4 MB". */
export const KIND_LABEL: Record<FileKind, string> = {
  image: "Image",
  pdf: "PDF",
  archive: "ZIP archive",
  text: "Text file",
  other: "File",
};
