import type { FileKind } from "@/lib/files/format";

/** Each kind's outline inside the page shape (24 × 24, drawn in the text colour). */
const MARKS: Record<FileKind, string> = {
  image: "M8.5 16l2.5-3 2 2.5 1.5-2 2 2.5M9.5 10.5h.01",
  pdf: "M8.5 17v-4h1.25a1.25 1.25 0 010 2.5H8.5M13 13v4h1a2 2 0 000-4h-1",
  archive: "M11 8h2M11 10.5h2M11 13h2v3h-2z",
  text: "M8.5 12h7M8.5 15h7M8.5 18h4",
  other: "M8.5 14h7M8.5 17h5",
};

/** A page with a mark for what the file is. Decorative: the chip's text names the kind. */
export function FileIcon({ kind, className = "size-6" }: { kind: FileKind; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M14 3H7a2 2 0 00-2 2v14a2 2 0 002 2h10a2 2 0 002-2V8z" />
      <path d="M14 3v5h5" />
      <path d={MARKS[kind]} />
    </svg>
  );
}
