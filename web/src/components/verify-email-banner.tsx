"use client";

import { useQuery } from "@tanstack/react-query";

import { userQueries } from "@/queries/users";

import { ResendVerificationButton } from "./resend-verification-button";

/**
 * Until the account's address is verified (DESIGN §11), every signed-in page says so, with a way
 * to get a new link. Reads "me", which the signed-in layout has already put in the cache.
 */
export function VerifyEmailBanner() {
  const { data: me } = useQuery(userQueries.me());
  if (!me || me.email_verified) return null;
  return (
    <section
      aria-label="Verify your email address"
      className="border-b border-amber-200 bg-amber-50"
    >
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 px-4 py-3 text-sm text-amber-950 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <strong className="font-semibold">Verify your email address.</strong> We sent a link to{" "}
          <span className="break-all font-medium">{me.email}</span>. You need it to publish gigs.
        </p>
        <ResendVerificationButton email={me.email} />
      </div>
    </section>
  );
}
