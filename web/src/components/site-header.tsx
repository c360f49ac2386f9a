import Link from "next/link";

import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { PhoneMenu } from "./phone-menu";
import {
  CurrentUserName,
  HeaderMessagesLink,
  NotificationsMenu,
  SignOutButton,
} from "./signed-in-only";

export interface HeaderUser {
  full_name: string;
  is_admin: boolean;
}

/**
 * From `md` up, the links, the name and Sign out sit in one bar. Below it the bar keeps the logo,
 * Messages with its count, the bell (or Sign in) and a Menu button holding everything else.
 */
export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    // `relative`: the phone menu's panel opens full width just below the bar.
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:px-6 md:gap-x-6">
        <Logo />
        <div className="hidden md:block md:flex-1">
          <MainNav isSignedIn={user !== null} isAdmin={user?.is_admin ?? false} />
        </div>
        <div className="ml-auto flex items-center gap-1 md:gap-3">
          {user ? (
            <>
              <span className="md:hidden">
                <HeaderMessagesLink />
              </span>
              <NotificationsMenu />
              <span className="hidden md:contents">
                <CurrentUserName fallback={user.full_name} />
                <SignOutButton />
              </span>
            </>
          ) : (
            <>
              <Link
                href="/auth/sign-in"
                className="flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 md:min-h-0 md:py-2"
              >
                Sign in
              </Link>
              <Link
                href="/auth/sign-up"
                className="hidden rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700 md:block"
              >
                Create account
              </Link>
            </>
          )}
          <PhoneMenu user={user} />
        </div>
      </div>
    </header>
  );
}
