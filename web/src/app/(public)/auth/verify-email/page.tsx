import type { Metadata } from "next";
import Link from "next/link";

import { ResendVerificationButton } from "@/components/resend-verification-button";
import { loadOptionalSession } from "@/lib/auth/current-user";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/navigation";

import { AuthCard } from "../auth-card";
import { VERIFY_EMAIL_COPY, verifyEmailStateOf } from "./verify-email-state";

export const metadata: Metadata = { title: "Email verification" };

const LINK_CLASSES = "font-semibold text-brand-700 hover:underline";

/** Where a verification link lands (through Better Auth's `GET /api/auth/verify-email`). */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const state = verifyEmailStateOf(await searchParams);
  const copy = VERIFY_EMAIL_COPY[state];
  const session = await loadOptionalSession();
  const canResend = session !== null && !session.user.email_verified;

  return (
    <AuthCard
      title={copy.title}
      subtitle="DevMarket account"
      footer={
        session ? (
          <Link href={DEFAULT_AFTER_SIGN_IN} className={LINK_CLASSES}>
            Go to your dashboard
          </Link>
        ) : (
          <Link href="/auth/sign-in" className={LINK_CLASSES}>
            Sign in
          </Link>
        )
      }
    >
      <p
        role={copy.tone === "success" ? "status" : "alert"}
        className={
          copy.tone === "success"
            ? "rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
            : "rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        }
      >
        {copy.message}
      </p>
      {copy.tone === "problem" ? (
        <div className="mt-5 text-sm text-slate-700">
          {canResend ? (
            <ResendVerificationButton email={session.user.email} />
          ) : session ? null : (
            <p>Sign in, then use &ldquo;Resend link&rdquo; at the top of any page.</p>
          )}
        </div>
      ) : null}
    </AuthCard>
  );
}
