import type { Metadata } from "next";

import { requireSession } from "@/lib/auth/current-user";

import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhereSection } from "./sign-out-everywhere-section";

export const metadata: Metadata = { title: "Account and security" };

export default async function AccountSettingsPage() {
  const { user } = await requireSession("/settings/account");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Account and security</h1>
      <p className="mt-2 text-slate-600">
        Signed in as <span className="break-all font-medium text-slate-900">{user.email}</span>.
      </p>
      <section
        aria-labelledby="change-password"
        className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8"
      >
        <h2 id="change-password" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          You stay signed in here; every other device and browser is signed out.
        </p>
        <div className="mt-6">
          <ChangePasswordForm email={user.email} fullName={user.full_name} />
        </div>
      </section>
      <SignOutEverywhereSection />
    </div>
  );
}
