"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

import { dismissToast, toastStore, type Toast } from "./toast-store";

/**
 * Long enough to read two lines, short enough not to linger over the page; paused while the pointer
 * or focus is on the toast, and dismissible at once. The bell keeps what a toast said.
 */
const VISIBLE_MS = 4_500;

const TONE_CLASSES: Record<NonNullable<Toast["tone"]>, string> = {
  info: "border-slate-200",
  success: "border-green-300",
  error: "border-red-300",
};

function ToastCard({ toast }: { toast: Toast }) {
  const [isPaused, setIsPaused] = useState(false);
  const remaining = useRef(VISIBLE_MS);

  useEffect(() => {
    if (isPaused) return;
    const startedAt = Date.now();
    const timer = window.setTimeout(() => {
      dismissToast(toast.id);
    }, remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [isPaused, toast.id]);

  return (
    <li
      className={`pointer-events-auto flex gap-3 rounded-lg border bg-white p-4 shadow-lg ${TONE_CLASSES[toast.tone ?? "info"]}`}
      onPointerEnter={() => {
        setIsPaused(true);
      }}
      onPointerLeave={() => {
        setIsPaused(false);
      }}
      onFocus={() => {
        setIsPaused(true);
      }}
      onBlur={() => {
        setIsPaused(false);
      }}
    >
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-slate-900">{toast.title}</p>
        {toast.description ? (
          <p className="mt-1 line-clamp-2 break-words text-sm text-slate-600">
            {toast.description}
          </p>
        ) : null}
        {toast.href ? (
          <Link
            href={toast.href}
            onClick={() => {
              dismissToast(toast.id);
            }}
            className="mt-2 inline-block text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {toast.linkLabel ?? "Open"}
          </Link>
        ) : null}
      </div>
      <button
        type="button"
        onClick={() => {
          dismissToast(toast.id);
        }}
        aria-label={`Dismiss: ${toast.title}`}
        className="-m-1 grid size-8 shrink-0 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900"
      >
        <span aria-hidden="true" className="text-lg leading-none">
          ×
        </span>
      </button>
    </li>
  );
}

/**
 * The toasts, stacked at the bottom right (across the bottom on phones): clear of the header, its
 * bell and menu, and of the order page's progress stepper at the top, which is what a toast most
 * often reports on. The list is one polite live region that exists before any toast arrives, so
 * screen readers announce each new one as it is added (aria-atomic false: only the addition, not
 * the whole stack). Toasts never take focus.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(
    toastStore.subscribe,
    toastStore.getSnapshot,
    toastStore.getServerSnapshot,
  );
  return (
    <section
      aria-label="Alerts"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-end p-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] sm:inset-x-auto sm:right-0 sm:p-4"
    >
      <ol
        role="status"
        aria-live="polite"
        aria-atomic="false"
        aria-relevant="additions"
        className="flex w-full flex-col gap-2 sm:w-96"
      >
        {toasts.map((toast) => (
          <ToastCard key={toast.id} toast={toast} />
        ))}
      </ol>
    </section>
  );
}
