"use client";

import { useId, useRef, useState, type DragEvent } from "react";

import { IMAGE_ACCEPT } from "@/lib/files/limits";

export interface FileDropZoneProps {
  /** The picker button's text ("Add files", "Choose images"). */
  buttonLabel: string;
  /** Said under the button: what may be added, how many, how big. */
  hint: string;
  imagesOnly: boolean;
  multiple: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** A small inline version (the chat composer): just the button. */
  compact?: boolean;
}

/**
 * Where files come in: a real button that opens the system's file picker (so the keyboard and
 * screen readers need nothing special), and around it a zone that takes files dropped on it.
 */
export function FileDropZone(props: FileDropZoneProps) {
  const { buttonLabel, hint, imagesOnly, multiple, disabled, onFiles, compact } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [isOver, setIsOver] = useState(false);

  function take(list: FileList | null) {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  }

  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (disabled || !event.dataTransfer.types.includes("Files")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setIsOver(true);
    },
    onDragLeave: () => {
      setIsOver(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setIsOver(false);
      if (!disabled) take(event.dataTransfer.files);
    },
  };

  const input = (
    <input
      ref={inputRef}
      type="file"
      // Hidden from everyone: the button below is the one control, and it opens this.
      hidden
      multiple={multiple}
      accept={imagesOnly ? IMAGE_ACCEPT : undefined}
      aria-label={buttonLabel}
      onChange={(event) => {
        take(event.currentTarget.files);
        // The same file can be picked again after it was removed.
        event.currentTarget.value = "";
      }}
    />
  );
  const button = (
    <button
      type="button"
      disabled={disabled}
      aria-describedby={hintId}
      onClick={() => inputRef.current?.click()}
      className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:text-slate-400 md:min-h-10"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
      >
        <path
          strokeWidth="1.8"
          strokeLinecap="round"
          d="M21 11.5l-8.6 8.6a5 5 0 01-7.1-7.1l8.6-8.6a3.3 3.3 0 014.7 4.7l-8.6 8.6a1.7 1.7 0 01-2.4-2.4l7.9-7.9"
        />
      </svg>
      {buttonLabel}
    </button>
  );

  if (compact) {
    return (
      <div {...dropHandlers}>
        {input}
        {button}
        <span id={hintId} className="sr-only">
          {hint}
        </span>
      </div>
    );
  }
  return (
    <div
      {...dropHandlers}
      className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-5 text-center transition-colors ${isOver ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
    >
      {input}
      {button}
      <p className="text-sm text-slate-600">
        <span className="hidden sm:inline">or drop {multiple ? "files" : "a file"} here. </span>
        <span id={hintId}>{hint}</span>
      </p>
    </div>
  );
}
