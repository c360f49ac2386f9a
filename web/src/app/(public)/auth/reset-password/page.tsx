import type { Metadata } from "next";
import Link from "next/link";

import { RESET_LINK_INVALID_MESSAGE } from "@/lib/auth/auth-errors";

import { AuthCard } from "../auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

const BACK_TO_SIGN_IN = (
  <Link href="/auth/sign-in" className="font-semibold text-brand-700 hover:underline">
    Back to sign in
  </Link>
);

/**
 * The mailed link passes Better Auth first, which lands here with `?token=` when the token is
 * still good and `?error=INVALID_TOKEN` when it expired or was used (it does not say which).
 */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, error } = await searchParams;
  if (typeof token !== "string" || token === "" || error !== undefined) {
    return (
      <AuthCard
        title="This link no longer works"
        subtitle="Reset links work once, for 60 minutes."
        footer={BACK_TO_SIGN_IN}
      >
        <p
          role="alert"
          className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {typeof token === "string" || error !== undefined
            ? RESET_LINK_INVALID_MESSAGE
            : "This page needs the link from your reset email. Ask for one below."}
        </p>
        <Link
          href="/auth/forgot-password"
          className="mt-5 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Send me a new link
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      subtitle="Once it is saved, every device signed in to your account is signed out."
      footer={BACK_TO_SIGN_IN}
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
