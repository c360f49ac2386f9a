import type { AuthFailure } from "./auth-client";

/**
 * Where a Better Auth failure belongs on our forms: next to a field when the person can fix that
 * field, otherwise as one message for the whole form. Pure, so the mapping is unit-tested.
 */
export type SignUpField = "name" | "email" | "password";
export type SignInField = "email" | "password";
export type NewPasswordField = "newPassword";
export type ChangePasswordField = "currentPassword" | "newPassword";

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

/** The limits of our own plugins come with a message written for the person; Better Auth's do not. */
function limitedOrGeneric(failure: AuthFailure): string {
  if (failure.status === 429 && failure.code !== null && failure.code.endsWith("_LIMITED")) {
    return failure.message;
  }
  return generic(failure);
}

export function placeForgotPasswordError(failure: AuthFailure): PlacedAuthError<"email"> {
  if (failure.code === "INVALID_EMAIL" || failure.code === "VALIDATION_ERROR") {
    return { field: "email", message: "Enter a valid email address." };
  }
  return { field: null, message: limitedOrGeneric(failure) };
}

function placeNewPassword(failure: AuthFailure): PlacedAuthError<NewPasswordField> | null {
  switch (failure.code) {
    case "PASSWORD_TOO_SHORT":
      return { field: "newPassword", message: "Use at least 8 characters." };
    case "PASSWORD_TOO_LONG":
      return { field: "newPassword", message: "Use at most 128 characters." };
    case "PASSWORD_TOO_COMMON":
      return { field: "newPassword", message: failure.message };
    default:
      return null;
  }
}

export const RESET_LINK_INVALID_MESSAGE =
  "This reset link has expired or has already been used. Ask for a new one below.";

export function placeResetPasswordError(failure: AuthFailure): PlacedAuthError<NewPasswordField> {
  const placed = placeNewPassword(failure);
  if (placed) return placed;
  if (failure.code === "INVALID_TOKEN" || failure.code === "USER_NOT_FOUND") {
    return { field: null, message: RESET_LINK_INVALID_MESSAGE };
  }
  return { field: null, message: generic(failure) };
}

export function placeChangePasswordError(
  failure: AuthFailure,
): PlacedAuthError<ChangePasswordField> {
  const placed = placeNewPassword(failure);
  if (placed) return placed;
  switch (failure.code) {
    case "INVALID_PASSWORD":
      return { field: "currentPassword", message: "Your current password is not correct." };
    case "CREDENTIAL_ACCOUNT_NOT_FOUND":
      return { field: null, message: "This account has no password to change." };
    default:
      if (failure.status === 401) {
        return {
          field: null,
          message: "Your session has ended. Sign in again to change your password.",
        };
      }
      return { field: null, message: limitedOrGeneric(failure) };
  }
}

/** The banner's and the gig form's "Resend": a sentence for every outcome but success. */
export function resendFailureMessage(failure: AuthFailure): string {
  return limitedOrGeneric(failure);
}
