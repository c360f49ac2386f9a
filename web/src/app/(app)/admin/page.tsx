import { redirect } from "next/navigation";

import { requireAdminSession } from "@/lib/auth/current-user";

/** The admin area opens on its first section; non-admins still get a 404, never the redirect. */
export default async function AdminPage() {
  await requireAdminSession("/admin");
  redirect("/admin/users");
}
