"use client";

import { useEffect, useRef } from "react";

/**
 * A message about the whole form (not one field); announced as soon as it appears. When it
 * appears after focus was lost (a mouse-clicked submit button disables itself while busy, which
 * drops focus to <body>), it takes the focus so keyboard and screen-reader users land on it.
 */
export function FormAlert({ message }: { message: string | null | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  // A message the page was rendered with (a bad link, say) is read in place, not focused.
  const initialMessage = useRef(message);
  useEffect(() => {
    const active = document.activeElement;
    const lostFocus = active === null || active === document.body;
    if (message && message !== initialMessage.current && lostFocus) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      {message}
    </div>
  );
}
