"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { signInWithEmail } from "@/lib/auth/auth-client";
import { placeSignInError } from "@/lib/auth/auth-errors";

import { signInSchema, type SignInValues } from "../auth-schemas";

/** `nextPath` was already reduced to a same-site path by the page. */
export function SignInForm({ nextPath }: { nextPath: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ resolver: zodResolver(signInSchema) });

  async function onSubmit(values: SignInValues) {
    setFormError(null);
    const result = await signInWithEmail(values);
    if (result.ok) {
      setIsLeaving(true);
      window.location.assign(nextPath);
      return;
    }
    const placed = placeSignInError(result.failure);
    if (placed.field) setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  return (
    <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-5">
      <FormAlert message={formError} />
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
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <SubmitButton className="w-full" isLoading={isSubmitting || isLeaving}>
        Sign in
      </SubmitButton>
    </form>
  );
}
