"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useId, useRef, useState } from "react";

import { StrokeIcon } from "@/components/ui/stroke-icon";
import { useDismiss } from "@/components/ui/use-dismiss";
import { userQueries } from "@/queries/users";

import { MainNav } from "./main-nav";
import { SignOutButton } from "./signed-in-only";
import type { HeaderUser } from "./site-header";

function MenuIcon({ isOpen }: { isOpen: boolean }) {
  return (
    <StrokeIcon round={false} d={isOpen ? "M6 6l12 12M18 6 6 18" : "M4 7h16M4 12h16M4 17h16"} />
  );
}

/** Who is signed in, read from the cache like the desktop header, so a rename shows at once. */
function SignedInAs({ fallback }: { fallback: string }) {
  const { data } = useQuery(userQueries.me());
  return (
    <p className="truncate text-sm text-slate-600">
      Signed in as <bdi className="font-medium text-slate-900">{data?.full_name ?? fallback}</bdi>
    </p>
  );
}

/**
 * The navigation below `md`: a disclosure button (aria-expanded) and the panel right after it in
 * the page, so Tab goes from the button into the links. Escape closes it and returns focus to the
 * button; following a link (Back and Forward included) or tapping outside closes it too.
 */
export function PhoneMenu({ user }: { user: HeaderUser | null }) {
  const pathname = usePathname();
  // The page it was opened on: any navigation leaves it closed, without an effect to reset it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = useCallback(() => {
    setOpenOn(null);
  }, []);
  useDismiss(isOpen, close, { root: rootRef, button: buttonRef });

  return (
    <div ref={rootRef} className="md:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setOpenOn(isOpen ? null : pathname);
        }}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 px-2.5 text-sm font-semibold text-slate-800 hover:bg-slate-100"
      >
        <MenuIcon isOpen={isOpen} />
        Menu
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg"
      >
        <MainNav
          isSignedIn={user !== null}
          isAdmin={user?.is_admin ?? false}
          layout="menu"
          onNavigate={close}
        />
        <div className="mt-3 space-y-3 border-t border-slate-200 pt-3">
          {user ? (
            <>
              <SignedInAs fallback={user.full_name} />
              <SignOutButton />
            </>
          ) : (
            <Link
              href="/auth/sign-up"
              onClick={close}
              className="flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-3 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Create account
            </Link>
          )}
        </div>
      </div>
    </div>
  );
}
