"use client";

import Link from "next/link";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInWithEmail } from "@/lib/auth/auth-client";
import { placeSignInError } from "@/lib/auth/auth-errors";

import { EmailField } from "../auth-fields";
import { signInSchema } from "../auth-schemas";
import { useAuthForm } from "../use-auth-form";

/** `nextPath` was already reduced to a same-site path by the page. */
export function SignInForm({ nextPath }: { nextPath: string }) {
  const { form, formError, isBusy, onSubmit } = useAuthForm({
    schema: signInSchema,
    send: signInWithEmail,
    place: placeSignInError,
    destination: nextPath,
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={formError} />
      <EmailField {...fieldProps(form, "email")} />
      <div className="space-y-2">
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          {...fieldProps(form, "password")}
        />
        <p className="text-right text-sm">
          <Link
            href="/auth/forgot-password"
            className="font-semibold text-brand-700 hover:underline"
          >
            Forgot password?
          </Link>
        </p>
      </div>
      <SubmitButton className="w-full" isLoading={isBusy}>
        Sign in
      </SubmitButton>
    </form>
  );
}
