"use client";

import Link, { useLinkStatus } from "next/link";
import type { ReactNode } from "react";

function PendingSpinner() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span
      aria-hidden="true"
      className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
    />
  ) : null;
}

/** A pagination link that shows a spinner while the next page renders on the server. */
export function PageLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
    >
      {children}
      <PendingSpinner />
    </Link>
  );
}
