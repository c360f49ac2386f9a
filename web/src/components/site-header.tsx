import Link from "next/link";

import { CurrentUserName } from "./current-user-name";
import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { NotificationsMenu } from "./notifications/notifications-menu";
import { SignOutButton } from "./sign-out-button";

export interface HeaderUser {
  full_name: string;
  is_admin: boolean;
}

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Logo />
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <MainNav isSignedIn={user !== null} isAdmin={user?.is_admin ?? false} />
        </div>
        <div className="ml-auto flex items-center gap-3">
          {user ? (
            <>
              <NotificationsMenu />
              <CurrentUserName fallback={user.full_name} />
              <SignOutButton />
            </>
          ) : (
            <>
              <Link
                href="/auth/sign-in"
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Sign in
              </Link>
              <Link
                href="/auth/sign-up"
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
              >
                Create account
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
