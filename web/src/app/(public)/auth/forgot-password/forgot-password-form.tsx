"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordReset } from "@/lib/auth/auth-client";
import { placeForgotPasswordError } from "@/lib/auth/auth-errors";

import { EmailField } from "../auth-fields";
import { forgotPasswordSchema, type ForgotPasswordValues } from "../auth-schemas";

/**
 * The answer is the same whether or not the address has an account (the server makes sure of
 * it), so the confirmation never says which it was.
 */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ForgotPasswordValues>({ resolver: zodResolver(forgotPasswordSchema) });
  // The form the focus was in disappears: the confirmation takes it, so keyboards are not lost.
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  async function onSubmit(values: ForgotPasswordValues) {
    setFormError(null);
    const result = await requestPasswordReset(values);
    if (result.ok) {
      setSentTo(values.email);
      return;
    }
    const placed = placeForgotPasswordError(result.failure);
    if (placed.field)
      form.setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  if (sentTo) {
    return (
      <div
        ref={confirmation}
        tabIndex={-1}
        role="status"
        className="space-y-3 text-sm text-slate-700 outline-none"
      >
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          If an account exists for <strong className="break-all">{sentTo}</strong>, we&rsquo;ve sent
          a link to reset its password.
        </p>
        <p>
          The link works once, for 60 minutes. Nothing after a few minutes? Check your spam folder,
          or{" "}
          <button
            type="button"
            className="font-semibold text-brand-700 underline underline-offset-2"
            onClick={() => {
              setSentTo(null);
            }}
          >
            try another address
          </button>
          .
        </p>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      <FormAlert message={formError} />
      <EmailField {...fieldProps(form, "email")} />
      <SubmitButton className="w-full" isLoading={form.formState.isSubmitting}>
        Send reset link
      </SubmitButton>
    </form>
  );
}
