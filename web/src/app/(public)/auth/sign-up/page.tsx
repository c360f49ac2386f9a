import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
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
