"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { resetPassword } from "@/lib/auth/auth-client";
import { placeResetPasswordError, RESET_LINK_INVALID_MESSAGE } from "@/lib/auth/auth-errors";

import {
  NEW_PASSWORD_BOUNDS,
  resetPasswordSchema,
  type ResetPasswordValues,
} from "../auth-schemas";
import { passwordHint, PasswordStrengthMeter } from "../password-strength-meter";
import { usePasswordStrength } from "../use-password-strength";

export const PASSWORD_RESET_DONE_PATH = "/auth/sign-in?reset=done";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const form = useForm<ResetPasswordValues>({ resolver: zodResolver(resetPasswordSchema) });
  const strength = usePasswordStrength(
    useWatch({ control: form.control, name: "newPassword" }),
    [],
  );

  async function onSubmit(values: ResetPasswordValues) {
    setFormError(null);
    const result = await resetPassword({ token, newPassword: values.newPassword });
    if (result.ok) {
      setIsLeaving(true);
      router.push(PASSWORD_RESET_DONE_PATH);
      return;
    }
    const placed = placeResetPasswordError(result.failure);
    if (placed.field)
      form.setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      <FormAlert message={formError} />
      {formError === RESET_LINK_INVALID_MESSAGE ? (
        <p className="text-sm">
          <Link
            href="/auth/forgot-password"
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            Send me a new link
          </Link>
        </p>
      ) : null}
      <div className="space-y-2">
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={passwordHint(NEW_PASSWORD_BOUNDS, strength)}
          {...fieldProps(form, "newPassword")}
        />
        <PasswordStrengthMeter strength={strength} />
      </div>
      <SubmitButton className="w-full" isLoading={form.formState.isSubmitting || isLeaving}>
        Save new password
      </SubmitButton>
    </form>
  );
}
