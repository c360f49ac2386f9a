import type { AuthFailure } from "./auth-client";

/**
 * Where a Better Auth failure belongs on our forms: next to a field when the person can fix that
 * field, otherwise as one message for the whole form. Pure, so the mapping is unit-tested.
 */
export type SignUpField = "name" | "email" | "password";
export type SignInField = "email" | "password";

export interface PlacedAuthError<Field extends string> {
  field: Field | null;
  message: string;
}

const TOO_MANY_REQUESTS = "Too many attempts. Please wait a minute and try again.";

function generic(failure: AuthFailure): string {
  if (failure.status === 429) return TOO_MANY_REQUESTS;
  if (failure.status === 0) return failure.message;
  return "Something went wrong on our side. Please try again.";
}

export function placeSignUpError(failure: AuthFailure): PlacedAuthError<SignUpField> {
  switch (failure.code) {
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return {
        field: "email",
        message: "An account with this email already exists. Sign in instead?",
      };
    case "INVALID_EMAIL":
      return { field: "email", message: "Enter a valid email address." };
    case "PASSWORD_TOO_SHORT":
      return { field: "password", message: "Use at least 8 characters." };
    case "PASSWORD_TOO_LONG":
      return { field: "password", message: "Use at most 128 characters." };
    case "INVALID_PASSWORD":
      return { field: "password", message: "Enter a password." };
    case "PASSWORD_TOO_COMMON":
      return { field: "password", message: failure.message };
    case "INVALID_FULL_NAME":
      return { field: "name", message: failure.message };
    default:
      return { field: null, message: generic(failure) };
  }
}

export function placeSignInError(failure: AuthFailure): PlacedAuthError<SignInField> {
  switch (failure.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { field: null, message: "Incorrect email or password." };
    case "INVALID_EMAIL":
      return { field: "email", message: "Enter a valid email address." };
    case "ACCOUNT_SUSPENDED":
      return { field: null, message: failure.message };
    default:
      return { field: null, message: generic(failure) };
  }
}
