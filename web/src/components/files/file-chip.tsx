import Image from "next/image";

import type { StoredFile } from "@/lib/api/types";
import { fileKind, formatFileSize, KIND_LABEL } from "@/lib/files/format";

import { FileIcon } from "./file-icon";

const TONES = {
  /** On white or light grey panels. */
  light: "border-slate-200 bg-white text-slate-900 hover:border-brand-600",
  /** Inside the sender's own (brand-coloured) chat bubble. */
  onBrand: "border-white/40 bg-white/10 text-white hover:bg-white/20",
} as const;

export interface FileChipProps {
  file: StoredFile;
  tone?: keyof typeof TONES;
}

/**
 * One attached file as a link: an image opens in a new tab (the browser shows it), anything else
 * downloads (the API sends it as an attachment). Its thumbnail or an icon by type, its name and size.
 * The link's name reads "Download report.pdf (PDF, 2.4 MB)".
 */
export function FileChip({ file, tone = "light" }: FileChipProps) {
  const kind = fileKind(file.content_type);
  const size = formatFileSize(file.size);
  const isImage = kind === "image" && file.thumbnail_url !== null;
  return (
    <a
      href={file.url}
      {...(isImage ? { target: "_blank", rel: "noopener" } : { download: file.name })}
      aria-label={`${isImage ? "Open" : "Download"} ${file.name} (${KIND_LABEL[kind]}, ${size})`}
      className={`inline-flex max-w-full min-h-11 items-center gap-2 rounded-lg border p-1.5 pr-3 text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${TONES[tone]}`}
    >
      {isImage ? (
        <Image
          src={file.thumbnail_url}
          alt=""
          width={40}
          height={40}
          unoptimized
          loading="lazy"
          className="size-10 shrink-0 rounded-md bg-slate-100 object-cover"
        />
      ) : (
        <span className="grid size-10 shrink-0 place-items-center rounded-md bg-slate-100 text-slate-600">
          <FileIcon kind={kind} />
        </span>
      )}
      <span className="min-w-0">
        <span className="block truncate font-medium">
          <bdi>{file.name}</bdi>
        </span>
        <span
          className={`block text-xs ${tone === "onBrand" ? "text-white/80" : "text-slate-500"}`}
        >
          {KIND_LABEL[kind]} · {size}
        </span>
      </span>
    </a>
  );
}

/** The files of one delivery, proof or message; nothing when there are none. */
export function FileChipList({
  files,
  label,
  tone,
  className = "",
}: {
  files: readonly StoredFile[];
  /** Names the list for screen readers ("Files of this delivery"). */
  label: string;
  tone?: FileChipProps["tone"];
  className?: string;
}) {
  if (files.length === 0) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {files.map((file) => (
        <li key={file.id} className="max-w-full min-w-0">
          <FileChip file={file} tone={tone} />
        </li>
      ))}
    </ul>
  );
}
