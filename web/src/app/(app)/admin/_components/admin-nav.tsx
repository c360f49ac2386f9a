"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const ADMIN_SECTIONS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/gigs", label: "Gigs" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/disputes", label: "Disputes" },
  { href: "/admin/mail", label: "Mail" },
  { href: "/admin/audit-log", label: "Audit log" },
] as const;

/** The admin sections as tabs-looking links; on a phone they wrap onto a second line, all in sight. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin sections" className="-mx-1 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1 px-1">
        {ADMIN_SECTIONS.map((section) => {
          const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px flex min-h-11 items-center whitespace-nowrap border-b-2 px-2.5 text-sm font-medium md:block md:min-h-0 md:px-3 md:py-2.5 ${
                  current
                    ? "border-brand-600 text-brand-800"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
