/**
 * Which outcome a verification link had, from where Better Auth landed us: `status` is ours
 * (lib/auth/account-mail.ts), `error` is Better Auth's code and wins when present.
 */
export type VerifyEmailState = "verified" | "already-verified" | "expired" | "invalid";

export function verifyEmailStateOf(params: {
  status?: string | string[];
  error?: string | string[];
}): VerifyEmailState {
  if (params.error !== undefined) return params.error === "TOKEN_EXPIRED" ? "expired" : "invalid";
  if (params.status === "verified") return "verified";
  if (params.status === "already-verified") return "already-verified";
  return "invalid";
}

export const VERIFY_EMAIL_COPY: Record<
  VerifyEmailState,
  { title: string; message: string; tone: "success" | "problem" }
> = {
  verified: {
    title: "Your email address is verified",
    message: "Thank you. You can now publish gigs.",
    tone: "success",
  },
  "already-verified": {
    title: "Already verified",
    message: "This link was used before: your email address is verified. Nothing else to do.",
    tone: "success",
  },
  expired: {
    title: "This link has expired",
    message: "Verification links work for 24 hours. Ask for a new one and use it within a day.",
    tone: "problem",
  },
  invalid: {
    title: "This link does not work",
    message:
      "It may have been copied incompletely. Open the link from your most recent verification email, or ask for a new one.",
    tone: "problem",
  },
};
