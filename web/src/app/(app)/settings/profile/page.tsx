import type { Metadata } from "next";

import { requireSession } from "@/lib/auth/current-user";

import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Profile settings" };

export default async function ProfileSettingsPage() {
  // The layout already put "me" in the query cache; this only makes the page's own guard explicit.
  await requireSession("/settings/profile");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Profile</h1>
      <p className="mt-2 text-slate-600">
        This is what clients and freelancers see. Your payment instructions are shown only to
        clients who order from you.
      </p>
      <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8">
        <ProfileForm />
      </div>
    </div>
  );
}
