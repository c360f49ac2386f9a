import Link from "next/link";

import { loadOptionalSession } from "@/lib/auth/current-user";

import { HomeCategories } from "./home-categories";
import { HomeSearch } from "./home-search";
import { NewestGigs } from "./newest-gigs";

const STEPS = [
  {
    title: "Find the right gig",
    body: "Browse fixed-price gigs from developers and designers, with delivery times up front.",
  },
  {
    title: "Pay them directly",
    body: "Send a bank transfer or mobile-wallet payment with the order's reference code — no platform fees in the middle.",
  },
  {
    title: "Approve the work",
    body: "Track every step, chat in real time, ask for a revision, then approve and review each other.",
  },
];

export default async function LandingPage() {
  const session = await loadOptionalSession();
  const primaryAction = session
    ? { href: "/dashboard", label: "Go to your dashboard" }
    : { href: "/auth/sign-up", label: "Sign up free" };
  return (
    <>
      <section className="bg-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            Freelance marketplace for builders
          </p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Hire developers and designers worldwide — or sell your own gigs.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-slate-600">
            One account lets you buy and sell. Clients order a gig, pay the freelancer directly, and
            approve the delivery; freelancers confirm payment, deliver, and get reviewed.
          </p>
          <HomeSearch />
          <div className="mt-6 flex flex-col gap-3 sm:flex-row">
            <Link
              href={primaryAction.href}
              className="rounded-md bg-brand-600 px-5 py-3 text-center font-semibold text-white hover:bg-brand-700"
            >
              {primaryAction.label}
            </Link>
            <Link
              href="/gigs"
              className="rounded-md border border-slate-300 bg-white px-5 py-3 text-center font-semibold text-slate-900 hover:bg-slate-100"
            >
              Browse gigs
            </Link>
          </div>
        </div>
      </section>
      <HomeCategories />
      <NewestGigs />
      <section
        aria-labelledby="how-it-works"
        className="mx-auto w-full max-w-6xl px-4 py-16 sm:px-6"
      >
        <h2 id="how-it-works" className="text-2xl font-bold tracking-tight">
          How it works
        </h2>
        <ol className="mt-8 grid gap-6 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-slate-200 bg-white p-6">
              <p className="text-sm font-semibold text-brand-700">Step {index + 1}</p>
              <h3 className="mt-2 text-lg font-semibold">{step.title}</h3>
              <p className="mt-2 text-slate-600">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
