"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SIGNED_OUT_EVERYWHERE_PATH, signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

/** Ends every session of this account, on every device, after a confirm step. */
export function SignOutEverywhereSection() {
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setWorking(true);
    setError(null);
    const { ok } = await signOutEverywhere();
    if (ok) {
      window.location.assign(SIGNED_OUT_EVERYWHERE_PATH);
      return;
    }
    setWorking(false);
    setError(
      "We could not sign out your other devices. This one is signed out; sign in and try again.",
    );
  }

  return (
    <section
      aria-labelledby="sign-out-everywhere"
      className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8"
    >
      <h2 id="sign-out-everywhere" className="text-lg font-semibold">
        Sign out everywhere
      </h2>
      <p className="mt-2 text-sm text-slate-600">
        Ends your session on every device and browser, this one included. Use it if you signed in on
        a computer you do not control or think someone else has access.
      </p>
      <div className="mt-4 space-y-3">
        <FormAlert message={error} />
        {confirming ? (
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm font-medium">Sign out of every device now?</span>
            <Button variant="danger" isLoading={working} onClick={() => void confirm()}>
              Yes, sign out everywhere
            </Button>
            <Button
              variant="secondary"
              disabled={working}
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </Button>
          </div>
        ) : (
          <Button
            variant="secondary"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Sign out everywhere…
          </Button>
        )}
      </div>
    </section>
  );
}
