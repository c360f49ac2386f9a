import type { Metadata } from "next";
import Link from "next/link";

import { redirect } from "next/navigation";

import { loadOptionalSession } from "@/lib/auth/current-user";
import { DEFAULT_AFTER_SIGN_IN } from "@/lib/navigation";

import { AuthCard } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  // A signed-in member does not need a second account from here.
  if (await loadOptionalSession()) redirect(DEFAULT_AFTER_SIGN_IN);
  return (
    <AuthCard
      title="Create your account"
      subtitle="One account to order gigs and to sell your own."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/auth/sign-in" className="font-semibold text-brand-700 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
