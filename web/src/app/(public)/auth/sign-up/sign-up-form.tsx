"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { signUpWithEmail } from "@/lib/auth/auth-client";
import { placeSignUpError } from "@/lib/auth/auth-errors";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/navigation";

import { signUpSchema, type SignUpValues } from "../auth-schemas";

export function SignUpForm() {
  const [formError, setFormError] = useState<string | null>(null);
  // Stays true while the browser loads the dashboard, so the form cannot be sent twice.
  const [isLeaving, setIsLeaving] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({ resolver: zodResolver(signUpSchema) });

  async function onSubmit(values: SignUpValues) {
    setFormError(null);
    const result = await signUpWithEmail(values);
    if (result.ok) {
      setIsLeaving(true);
      // A full load: the new cookie is read by the server guard and nothing stale is cached.
      window.location.assign(DEFAULT_AFTER_SIGN_IN);
      return;
    }
    const placed = placeSignUpError(result.failure);
    if (placed.field) setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-5">
      <FormAlert message={formError} />
      <TextField
        label="Full name"
        autoComplete="name"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters."
        error={errors.password?.message}
        {...register("password")}
      />
      <SubmitButton className="w-full" isLoading={isSubmitting || isLeaving}>
        Create account
      </SubmitButton>
    </form>
  );
}
