"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import type { z } from "zod";

import type { AuthFailure, AuthResult } from "@/lib/auth/auth-client";
import type { PlacedAuthError } from "@/lib/auth/auth-errors";

interface AuthFormOptions<Values extends Record<string, string>> {
  schema: z.ZodType<Values, Values>;
  /** Sends the form to Better Auth. */
  send: (values: Values) => Promise<AuthResult>;
  /** Where a failure belongs: next to a field, or above the form. */
  place: (failure: AuthFailure) => PlacedAuthError<Path<Values>>;
  /** Where the browser goes once signed in. */
  destination: string;
}

/**
 * The submit flow of the sign-in and sign-up forms: send, then a full load of `destination` (the
 * new cookie is read by the server guard and nothing stale is cached), or the failure where it
 * belongs. The form stays busy while the browser leaves, so it cannot be sent twice.
 */
export function useAuthForm<Values extends Record<string, string>>({
  schema,
  send,
  place,
  destination,
}: AuthFormOptions<Values>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema) });

  async function onSubmit(values: Values) {
    setFormError(null);
    const result = await send(values);
    if (result.ok) {
      setIsLeaving(true);
      window.location.assign(destination);
      return;
    }
    const placed = place(result.failure);
    if (placed.field)
      form.setError(placed.field, { message: placed.message }, { shouldFocus: true });
    else setFormError(placed.message);
  }

  return {
    form,
    formError,
    isBusy: form.formState.isSubmitting || isLeaving,
    onSubmit: form.handleSubmit(onSubmit),
  };
}
