"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { UnreadMessagesCount } from "./signed-in-only";

interface NavItem {
  href: string;
  label: string;
}

function navItemsFor(isSignedIn: boolean, isAdmin: boolean): NavItem[] {
  const items: NavItem[] = [{ href: "/gigs", label: "Gigs" }];
  if (isSignedIn) {
    items.push(
      { href: "/dashboard", label: "Dashboard" },
      { href: "/dashboard/gigs", label: "My gigs" },
      { href: "/orders", label: "Orders" },
      { href: "/messages", label: "Messages" },
      { href: "/favorites", label: "Saved gigs" },
    );
  }
  if (isAdmin) items.push({ href: "/admin", label: "Admin" });
  return items;
}

function isWithin(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific item containing the page: /dashboard/gigs is "My gigs", not "Dashboard". */
function currentHref(pathname: string, items: NavItem[]): string | undefined {
  return items
    .filter((item) => isWithin(pathname, item.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

const LAYOUT = {
  /** One row in the header bar (from `md` up), scrolling sideways if a long name squeezes it. */
  bar: {
    nav: "-mx-1 overflow-x-auto",
    list: "flex items-center gap-1 px-1",
    link: "px-3 py-2 text-sm",
  },
  /** One item per line in the phone menu, each a full-width, 44 px tall target. */
  menu: {
    nav: "",
    list: "space-y-1",
    link: "min-h-11 px-3 text-base",
  },
} as const;

interface MainNavProps {
  isSignedIn: boolean;
  isAdmin: boolean;
  layout?: keyof typeof LAYOUT;
  /** Called when a link is followed (the phone menu closes). */
  onNavigate?: () => void;
}

export function MainNav({ isSignedIn, isAdmin, layout = "bar", onNavigate }: MainNavProps) {
  const pathname = usePathname();
  const items = navItemsFor(isSignedIn, isAdmin);
  const current = currentHref(pathname, items);
  const classes = LAYOUT[layout];
  return (
    <nav aria-label="Main" className={classes.nav}>
      <ul className={classes.list}>
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                onClick={onNavigate}
                className={`flex items-center gap-1.5 whitespace-nowrap rounded-md font-medium ${classes.link} ${
                  isCurrent
                    ? "bg-brand-50 text-brand-800"
                    : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                }`}
              >
                {item.label}
                {item.href === "/messages" ? <UnreadMessagesCount /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
