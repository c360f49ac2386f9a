"use client";

import { useEffect, useState } from "react";

import { Button } from "./button";

type CopyState = "idle" | "copied" | "failed";

const CONFIRMATION_MS = 2500;

/**
 * Copies `value` to the clipboard and says so in a live region. Where the clipboard is not
 * available (an insecure origin, a refused permission) it says to copy by hand instead.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => {
      setState("idle");
    }, CONFIRMATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="min-h-8 px-3 py-1" onClick={copy}>
        {label}
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed; select it instead" : ""}
      </span>
    </span>
  );
}
