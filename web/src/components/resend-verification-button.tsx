"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { sendVerificationEmail } from "@/lib/auth/auth-client";
import { resendFailureMessage } from "@/lib/auth/auth-errors";

type State =
  { kind: "idle" } | { kind: "sending" } | { kind: "sent" } | { kind: "failed"; message: string };

/** "Resend" for the verification mail; the outcome is announced next to the button. */
export function ResendVerificationButton({ email }: { email: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function resend() {
    setState({ kind: "sending" });
    const result = await sendVerificationEmail({ email });
    setState(
      result.ok
        ? { kind: "sent" }
        : { kind: "failed", message: resendFailureMessage(result.failure) },
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button
        variant="secondary"
        isLoading={state.kind === "sending"}
        disabled={state.kind === "sent"}
        onClick={() => void resend()}
      >
        {state.kind === "sent" ? "Link sent" : "Resend link"}
      </Button>
      <span role="status" className="text-sm">
        {state.kind === "sent" ? `Sent. Check the inbox of ${email}.` : null}
      </span>
      {state.kind === "failed" ? (
        <span role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </span>
      ) : null}
    </div>
  );
}
