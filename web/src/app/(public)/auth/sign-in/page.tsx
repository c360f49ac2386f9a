import type { Metadata } from "next";
import Link from "next/link";

import { redirect } from "next/navigation";

import { loadOptionalSession } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/navigation";

import { AuthCard } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next, signed_out: signedOut } = await searchParams;
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
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          You have been signed out on every device. Sign in again to continue here.
        </p>
      ) : null}
      <SignInForm nextPath={nextPath} />
    </AuthCard>
  );
}
