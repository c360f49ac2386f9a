"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { changePassword } from "@/lib/auth/auth-client";
import { placeChangePasswordError } from "@/lib/auth/auth-errors";

import {
  changePasswordSchema,
  NEW_PASSWORD_BOUNDS,
  type ChangePasswordValues,
} from "@/app/(public)/auth/auth-schemas";
import { passwordHint, PasswordStrengthMeter } from "@/app/(public)/auth/password-strength-meter";
import { usePasswordStrength } from "@/app/(public)/auth/use-password-strength";

/** On success this device already holds a fresh cookie (set by the response): nothing to reload. */
export function ChangePasswordForm({ email, fullName }: { email: string; fullName: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePasswordValues>({ resolver: zodResolver(changePasswordSchema) });
  const strength = usePasswordStrength(useWatch({ control: form.control, name: "newPassword" }), [
    fullName,
    email,
  ]);

  async function onSubmit(values: ChangePasswordValues) {
    setFormError(null);
    setChanged(false);
    const result = await changePassword(values);
    if (result.ok) {
      form.reset({ currentPassword: "", newPassword: "" });
      setChanged(true);
      return;
    }
    const placed = placeChangePasswordError(result.failure);
    if (placed.field)
      form.setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  return (
    <form method="post" noValidate onSubmit={form.handleSubmit(onSubmit)} className="space-y-5">
      <FormAlert message={formError} />
      {changed ? (
        <p
          role="status"
          className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          Your password has been changed. Every other device has been signed out.
        </p>
      ) : null}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...fieldProps(form, "currentPassword")}
      />
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
      <SubmitButton isLoading={form.formState.isSubmitting}>Change password</SubmitButton>
    </form>
  );
}
