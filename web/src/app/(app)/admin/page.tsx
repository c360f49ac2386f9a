import type { Metadata } from "next";

import { requireAdminSession } from "@/lib/auth/current-user";

import { PlaceholderPage } from "../placeholder-page";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireAdminSession("/admin");
  return (
    <PlaceholderPage
      title="Admin"
      body="Moderation tools — users, gigs, disputes and the audit log — will appear here."
    />
  );
}
