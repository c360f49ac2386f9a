import { dehydrate, HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";

import { ApiError } from "@/lib/api/errors";
import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { orderQueries } from "@/queries/orders";

import { OrderSummaryCards } from "./order-summary-cards";

export const metadata: Metadata = { title: "Dashboard" };

const SHORTCUTS = [
  { href: "/gigs", title: "Browse gigs", body: "Find a developer or designer for your next job." },
  {
    href: "/dashboard/gigs",
    title: "Your gigs",
    body: "Create, edit and pause the gigs you sell.",
  },
  { href: "/orders", title: "Your orders", body: "Follow payments, deliveries and revisions." },
  { href: "/messages", title: "Messages", body: "Talk to your clients and freelancers." },
  {
    href: "/settings/profile",
    title: "Edit your profile",
    body: "Your name, bio, avatar and how clients pay you.",
  },
];

/** The order counts, or null when the API refuses them: the rest of the dashboard still works. */
async function loadOrderSummary(queryClient: QueryClient) {
  try {
    return await queryClient.query(orderQueries.summary(await requestApi()));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.error(`GET /orders/my/summary failed with status ${error.status}`);
    return null;
  }
}

export default async function DashboardPage() {
  const { user } = await requireSession("/dashboard");
  const queryClient = getServerQueryClient();
  const summary = await loadOrderSummary(queryClient);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">
          Welcome, <bdi>{user.full_name}</bdi>
        </h1>
        <p className="mt-2 text-slate-600">
          Signed in as <span className="font-medium text-slate-800">{user.email}</span>
        </p>
      </div>
      {summary ? (
        <section aria-labelledby="orders-summary-heading" className="space-y-4">
          <h2 id="orders-summary-heading" className="text-xl font-semibold">
            Your orders
          </h2>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <OrderSummaryCards />
          </HydrationBoundary>
        </section>
      ) : null}
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading" className="sr-only">
          Shortcuts
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SHORTCUTS.map((shortcut) => (
            <li key={shortcut.href}>
              <Link
                href={shortcut.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-600"
              >
                <span className="font-semibold text-slate-900">{shortcut.title}</span>
                <span className="mt-1 block text-sm text-slate-600">{shortcut.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
