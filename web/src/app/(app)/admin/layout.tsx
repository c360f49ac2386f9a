import type { ReactNode } from "react";

import { requireAdminSession } from "@/lib/auth/current-user";

import { AdminNav } from "./_components/admin-nav";

/**
 * The admin area: 404 for anyone who is not an admin (checked here and again by every page, since
 * a layout does not re-render on client-side navigation between its pages).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminSession();
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Admin</p>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
