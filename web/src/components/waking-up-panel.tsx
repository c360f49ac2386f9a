"use client";

import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";

// Render's free tier sleeps after a quarter of an hour without visitors and takes up to a minute to
// start again; past a couple of minutes something else is wrong, and trying less often is kinder.
const RETRY_EVERY_SECONDS = 5;
const SLOW_RETRY_EVERY_SECONDS = 20;
const LONGER_THAN_USUAL_SECONDS = 120;

// When the panel first appeared, kept across retries (each failed retry mounts it anew).
let waitingSince: number | undefined;

function secondsWaiting(now: number): number {
  if (waitingSince === undefined || now - waitingSince > 10 * 60_000) waitingSince = now;
  return Math.floor((now - waitingSince) / 1000);
}

/**
 * Shown instead of a page when the API does not answer in time or answers "unavailable": it says
 * what is going on, retries by itself and lets people retry at once.
 */
export function WakingUpPanel({ onRetry }: { onRetry: () => void }) {
  // Nothing time-dependent in the first render: it happens on the server too (no hydration mismatch).
  const [waited, setWaited] = useState(0);
  const [countdown, setCountdown] = useState(RETRY_EVERY_SECONDS);

  useEffect(() => {
    const slow = secondsWaiting(Date.now()) >= LONGER_THAN_USUAL_SECONDS;
    const retryAt = Date.now() + (slow ? SLOW_RETRY_EVERY_SECONDS : RETRY_EVERY_SECONDS) * 1000;
    let retried = false;
    const timer = window.setInterval(() => {
      const now = Date.now();
      setWaited(secondsWaiting(now));
      setCountdown(Math.max(0, Math.ceil((retryAt - now) / 1000)));
      if (now >= retryAt && !retried) {
        retried = true; // a failed retry mounts a new panel, which schedules the next one
        onRetry();
      }
    }, 1_000);
    return () => {
      window.clearInterval(timer);
    };
  }, [onRetry]);

  const longerThanUsual = waited >= LONGER_THAN_USUAL_SECONDS;
  return (
    <section
      aria-labelledby="waking-up-heading"
      className="mx-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm"
    >
      <span
        aria-hidden="true"
        className="mx-auto block size-10 rounded-full border-4 border-brand-100 border-t-brand-600 motion-safe:animate-spin"
      />
      <h1 id="waking-up-heading" className="mt-6 text-2xl font-bold tracking-tight">
        {longerThanUsual ? "The server is taking longer than usual" : "Waking up the server…"}
      </h1>
      <p className="mt-3 text-slate-600">
        {longerThanUsual
          ? "It may be restarting or down for a moment. We keep trying; you can also come back later."
          : "It sleeps when nobody has used it for a while and takes up to a minute to start. This page loads by itself as soon as it answers."}
      </p>
      <p className="mt-4 text-sm text-slate-500">
        {/* Announced when it changes; the ticking numbers beside it are not read out every second. */}
        <span role="status">{countdown > 0 ? "Waiting for the server" : "Trying again…"}</span>
        <span aria-hidden="true">
          {countdown > 0 ? ` · next try in ${countdown} s` : ""}
          {waited > 0 ? ` · ${waited} s so far` : ""}
        </span>
      </p>
      <div className="mt-6">
        <Button variant="secondary" onClick={onRetry}>
          Try now
        </Button>
      </div>
    </section>
  );
}
