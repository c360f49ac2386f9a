"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** One entry per settings page. */
const SETTINGS_PAGES = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/account", label: "Account and security" },
  { href: "/settings/notifications", label: "Notifications" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-8 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {SETTINGS_PAGES.map(({ href, label }) => {
          const current = pathname === href;
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
