"use client";

import Link from "next/link";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { ApiError } from "@/lib/api/errors";
import { unsubscribe } from "@/queries/email";

interface UnsubscribeButtonProps {
  token: string;
  what: { name: string; description: string };
  alreadyOff: boolean;
}

/** Says what the link stops; the button stops it (a POST through the same-origin API path). */
export function UnsubscribeButton({ token, what, alreadyOff }: UnsubscribeButtonProps) {
  const [done, setDone] = useState(alreadyOff);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setWorking(true);
    setError(null);
    try {
      await unsubscribe(token);
      setDone(true);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.detail
          ? failure.detail
          : "We could not unsubscribe you just now. Check your connection and try again.",
      );
    } finally {
      setWorking(false);
    }
  }

  if (done) {
    return (
      <div role="status">
        <h1 className="text-2xl font-bold tracking-tight">
          Done — you won&apos;t get these emails anymore
        </h1>
        <p className="mt-3 text-slate-600">
          We have stopped {what.description}. You can turn them back on at any time.
        </p>
        <Link
          href="/settings/notifications"
          className="mt-6 inline-block font-semibold text-brand-700 hover:underline"
        >
          Notification settings
        </Link>
      </div>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Unsubscribe from {what.name}?</h1>
      <p className="mt-3 text-slate-600">
        This stops {what.description}. Emails about your account, like password resets, still
        arrive.
      </p>
      <div className="mt-6 space-y-4">
        <FormAlert message={error} />
        <Button isLoading={working} onClick={() => void confirm()}>
          Unsubscribe
        </Button>
      </div>
    </>
  );
}
