import type { Metadata } from "next";
import Link from "next/link";

import { redirect } from "next/navigation";

import { loadOptionalSession } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/navigation";

import { AuthCard, AuthNotice } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next, signed_out: signedOut, reset } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : undefined);
  // Already signed in (the API still accepts the session): nothing to do here.
  if (await loadOptionalSession()) redirect(nextPath);

  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back to DevMarket."
      footer={
        <>
          New to DevMarket?{" "}
          <Link href="/auth/sign-up" className="font-semibold text-brand-700 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {signedOut === "everywhere" ? (
        <AuthNotice>
          You have been signed out on every device. Sign in again to continue here.
        </AuthNotice>
      ) : null}
      {reset === "done" ? (
        <AuthNotice>
          Your password has been changed and every device signed out. Sign in with your new
          password.
        </AuthNotice>
      ) : null}
      <SignInForm nextPath={nextPath} />
    </AuthCard>
  );
}
