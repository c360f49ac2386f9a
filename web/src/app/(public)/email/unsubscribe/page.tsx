import type { Metadata } from "next";
import Link from "next/link";

import { createServerApi } from "@/lib/api/server-client";

import { UnsubscribeButton } from "./unsubscribe-button";
import { WHAT_IT_STOPS } from "./what-it-stops";

export const metadata: Metadata = {
  title: "Unsubscribe",
  // A personal link: not for search engines, and the token stays out of Referer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The page an email's "Unsubscribe" link opens. Opening it changes nothing (link scanners follow
 * links); the button does. No sign-in: the signed token names the person and the kind of email.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" && raw ? raw : null;
  const status = token === null ? null : await lookUp(token);

  return (
    <div className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {token === null || status === null ? (
          <InvalidLink />
        ) : (
          <UnsubscribeButton
            token={token}
            what={WHAT_IT_STOPS[status.preference]}
            alreadyOff={!status.subscribed}
          />
        )}
      </div>
    </div>
  );
}

/** Which email the token stops, or null when it is not a valid link (the API says so with a 4xx). */
async function lookUp(token: string) {
  const { data } = await createServerApi(null).GET("/email/unsubscribe", {
    params: { query: { token } },
  });
  return data ?? null;
}

function InvalidLink() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">This link does not work</h1>
      <p className="mt-3 text-slate-600">
        The unsubscribe link is not valid; it may have been cut short when it was copied. You can
        choose which emails you get in your notification settings.
      </p>
      <Link
        href="/settings/notifications"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Notification settings
      </Link>
    </>
  );
}
