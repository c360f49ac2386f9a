"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps } from "@/components/ui/form-binding";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signUpWithEmail } from "@/lib/auth/auth-client";
import { placeSignUpError } from "@/lib/auth/auth-errors";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/navigation";

import { EmailField } from "../auth-fields";
import { signUpSchema } from "../auth-schemas";
import { useAuthForm } from "../use-auth-form";

export function SignUpForm() {
  const { form, formError, isBusy, onSubmit } = useAuthForm({
    schema: signUpSchema,
    send: signUpWithEmail,
    place: placeSignUpError,
    destination: DEFAULT_AFTER_SIGN_IN,
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={formError} />
      <TextField label="Full name" autoComplete="name" {...fieldProps(form, "name")} />
      <EmailField {...fieldProps(form, "email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`}
        {...fieldProps(form, "password")}
      />
      <SubmitButton className="w-full" isLoading={isBusy}>
        Create account
      </SubmitButton>
    </form>
  );
}
