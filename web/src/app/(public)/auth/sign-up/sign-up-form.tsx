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
import { passwordHint, PasswordStrengthMeter } from "../password-strength-meter";
import { useAuthForm } from "../use-auth-form";
import { usePasswordStrength } from "../use-password-strength";

const PASSWORD_BOUNDS = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; avoid common passwords.`;

export function SignUpForm() {
  const { form, formError, isBusy, onSubmit } = useAuthForm({
    schema: signUpSchema,
    send: signUpWithEmail,
    place: placeSignUpError,
    destination: DEFAULT_AFTER_SIGN_IN,
  });
  const [password, name, email] = form.watch(["password", "name", "email"]);
  const strength = usePasswordStrength(password, [name, email]);

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <FormAlert message={formError} />
      <TextField label="Full name" autoComplete="name" {...fieldProps(form, "name")} />
      <EmailField {...fieldProps(form, "email")} />
      <div className="space-y-2">
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={passwordHint(PASSWORD_BOUNDS, strength)}
          {...fieldProps(form, "password")}
        />
        <PasswordStrengthMeter strength={strength} />
      </div>
      <SubmitButton className="w-full" isLoading={isBusy}>
        Create account
      </SubmitButton>
    </form>
  );
}
